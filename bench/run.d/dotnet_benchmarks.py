"""Runs the BenchmarkDotNet projects of bench/ (short jobs, JSON export) and picks out the figures that
issue 10's targets name: route matching at 10 and 1,000 routes beside ASP.NET Core's matcher, and
allocations per request through the whole pipeline."""
import glob, json, os, shutil
from harness import run

WORK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".work", "bdn")


def benchmarks(root, project, filter_):
    """Runs one project's benchmarks matching filter_; returns BenchmarkDotNet's JSON entries."""
    artifacts = os.path.join(WORK, os.path.basename(project))
    shutil.rmtree(artifacts, ignore_errors=True)
    run("dotnet", "run", "-c", "Release", "--project", project, "--", "--filter", filter_, "--job", "short",
        "--memory", "--exporters", "json", "github", "--artifacts", artifacts, cwd=root)
    entries, tables = [], {}
    for path in glob.glob(os.path.join(artifacts, "results", "*-report-full*.json")):
        with open(path) as f:
            entries += json.load(f)["Benchmarks"]
    for path in glob.glob(os.path.join(artifacts, "results", "*-report-github.md")):
        with open(path) as f:
            tables[os.path.basename(path).replace("-report-github.md", "")] = f.read().strip()
    return entries, tables


def mean_ns(entry):
    return entry["Statistics"]["Mean"]


def allocated(entry):
    return entry.get("Memory", {}).get("BytesAllocatedPerOperation")


def run_all(root):
    raise NotImplementedError("filled in once the pipeline and matching benchmarks exist")
