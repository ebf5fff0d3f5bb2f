"""Runs the BenchmarkDotNet projects of bench/ (short jobs, JSON export) and picks out the figures that
issue 10's targets name: route matching at 10 and 1,000 routes beside ASP.NET Core's matcher, and
allocations per request through the whole pipeline."""
import glob, json, os, shutil
from harness import run

WORK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".work", "bdn")


def benchmarks(root, project, *filters):
    """Runs one project's benchmarks matching any of filters; returns BenchmarkDotNet's JSON entries."""
    artifacts = os.path.join(WORK, os.path.basename(project))
    shutil.rmtree(artifacts, ignore_errors=True)
    run("dotnet", "run", "-c", "Release", "--project", project, "--", "--filter", *filters, "--job", "short",
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


def params(entry):
    return dict(p.split("=", 1) for p in entry.get("Parameters", "").split("&") if "=" in p)


def by(entries, method, **wanted):
    for e in entries:
        if e["Method"] == method and all(params(e).get(k) == str(v) for k, v in wanted.items()):
            return e
    return None


def route_match(entries):
    """The worst kind of request (static, dynamic, catch-all) for each of the two matching targets."""
    kinds = sorted({params(e).get("Kind") for e in entries if params(e).get("Kind")})
    growth, versus = None, None
    for kind in kinds:
        o10, o1000, a1000 = by(entries, "Ours", Routes=10, Kind=kind), by(entries, "Ours", Routes=1000, Kind=kind), by(entries, "AspNetCore", Routes=1000, Kind=kind)
        if not (o10 and o1000 and a1000):
            continue
        g = (kind, mean_ns(o1000), mean_ns(o10))
        v = (kind, mean_ns(o1000), mean_ns(a1000))
        growth = g if growth is None or g[1] / g[2] > growth[1] / growth[2] else growth
        versus = v if versus is None or v[1] / v[2] > versus[1] / versus[2] else versus
    result = {}
    if growth:
        result.update(growth_kind=growth[0], ours_1000=growth[1], ours_10=growth[2])
    if versus:
        result.update(versus_kind=versus[0], ours_1000_vs=versus[1], aspnet_1000=versus[2])
    return result


def config_rules(entries):
    """Routing a request through 0 and 50 next.config.cs entries (ConfigRulesBenchmarks), in ns."""
    result = {}
    for count in (0, 50):
        entry = by(entries, "Route", ConfigEntries=count)
        if entry:
            result[count] = mean_ns(entry)
    return result


def allocations(entries):
    """Bytes the pipeline allocates per request beyond a bare endpoint writing the same bytes on the same context."""
    result = {}
    for name, scenario in (("cache hit", "cache-hit"), ("dynamic", "dynamic"), ("304", "not-modified"), ("middleware matched", "mw-matched"),
                           ("dynamic, the same answer as a hit", "dynamic-as-hit")):
        ours, bare = by(entries, "Pipeline", Scenario=scenario), by(entries, "Bare", Scenario=scenario)
        if ours and bare and allocated(ours) is not None and allocated(bare) is not None:
            result[name] = allocated(ours) - allocated(bare)
    return result


def telemetry_cost(entries):
    off = by(entries, "InvokeAsync", Listener="off")
    return {"off_ns": mean_ns(off)} if off else {}


def run_all(root):
    pipeline, t1 = benchmarks(root, "bench/Pipeline.Benchmarks", "*PipelineBenchmarks*")
    telemetry, t2 = benchmarks(root, "bench/Telemetry.Benchmarks", "*TelemetryBenchmarks*")
    matching, t3 = benchmarks(root, "bench/Matching.Benchmarks", "*RouteTableBenchmarks*", "*ConfigRulesBenchmarks*")
    return {"route_match": route_match(matching), "config_rules": config_rules(matching), "allocations": allocations(pipeline), "telemetry": telemetry_cost(telemetry),
            "tables": {**t1, **t2, **t3}}
