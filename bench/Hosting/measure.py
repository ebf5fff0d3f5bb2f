#!/usr/bin/env python3
"""Spawn -> first 200 and per-request latency (p50/p99) of one app in each hosting mode, through one client.

    python3 bench/Hosting/measure.py [--runs 5] [--seconds 5] [--skip-aot]

Builds samples/SampleApp in Release (JIT publish, and a Native AOT publish unless --skip-aot or clang is
missing; the conformance app is not AOT-clean), the two test hosts in Release, then for each mode starts
the app the way that mode starts it and times spawn -> the first 200 of GET /api/users/1, and sequential latency with `wrk -t1 -c1 --latency`
(one connection, one request at a time). Modes:
  standalone        dotnet SampleApp.dll --urls ...                  (no host in front)
  custom-jit        custom-handler layout behind the host model      (FunctionApp.Tests host-model)
  custom-aot        the same with the Native AOT executable
  worker            dotnet-isolated worker behind the gRPC test host (WorkerHost.Tests serve)
Both hosts are models of the Functions host, not the host: read the numbers as the app's share plus one
proxy hop on loopback. Needs wrk (apt-get install wrk).
"""
import argparse, json, os, re, shutil, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PATH = "/api/users/1"
APP, PROJECT = "SampleApp", "samples/SampleApp"


def run(*cmd, cwd=ROOT):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_200(url, process, budget=60):
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            time.sleep(0.005)
    raise RuntimeError(f"no 200 from {url} within {budget} s")


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def latency(url, seconds):
    out = subprocess.run(["wrk", "-t1", "-c1", f"-d{seconds}s", "--latency", url], check=True, capture_output=True, text=True).stdout
    def pct(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return pct(50), pct(99), rps


def measure(name, command, port, runs, seconds, env=None):
    url = f"http://127.0.0.1:{port}{PATH}"
    spawns = []
    for _ in range(runs):
        started = time.monotonic()
        p = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
        try:
            wait_for_200(url, p)
            spawns.append((time.monotonic() - started) * 1000)
        finally:
            stop(p)
    p = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    try:
        wait_for_200(url, p)
        for _ in range(200):  # warm up: JIT tiers, connection pools
            urllib.request.urlopen(url).read()
        p50, p99, rps = latency(url, seconds)
    finally:
        stop(p)
    row = {"mode": name, "spawn_ms_median": round(statistics.median(spawns)), "spawn_ms_all": [round(s) for s in spawns],
           "p50_ms": round(p50, 3), "p99_ms": round(p99, 3), "sequential_rps": round(rps)}
    print(json.dumps(row), flush=True)
    return row


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--runs", type=int, default=5)
    args.add_argument("--seconds", type=int, default=5)
    args.add_argument("--skip-aot", action="store_true")
    a = args.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    out = tempfile.mkdtemp(prefix="sls-hosting-")
    jit, aot = os.path.join(out, "jit"), os.path.join(out, "aot")
    run("dotnet", "publish", PROJECT, "-c", "Release", "-o", jit, "--nologo")
    run("dotnet", "build", "tests/WorkerHost.Tests", "-c", "Release", "--nologo")
    run("dotnet", "build", "tests/FunctionApp.Tests", "-c", "Release", "--nologo")
    run("dotnet", os.path.join(jit, APP + ".dll"), "functions-layout", jit + "-functions")
    with_aot = not a.skip_aot and shutil.which("clang")
    if with_aot:
        run("dotnet", "publish", PROJECT, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", aot, "--nologo")
        run(os.path.join(aot, APP), "functions-layout", aot + "-functions")

    worker_host = os.path.join(ROOT, "tests/WorkerHost.Tests/bin/Release/net10.0/Nextfunc.WorkerHost.Tests.dll")
    model_host = os.path.join(ROOT, "tests/FunctionApp.Tests/bin/Release/net10.0/Nextfunc.FunctionApp.Tests.dll")
    cache = {"Nextfunc__Cache__Store": "memory"}
    rows = []
    port = free_port()
    rows.append(measure("standalone", ["dotnet", os.path.join(jit, APP + ".dll"), "--urls", f"http://127.0.0.1:{port}"], port, a.runs, a.seconds, cache))
    port = free_port()
    rows.append(measure("worker", ["dotnet", worker_host, "serve", jit, APP + ".dll", "--port", str(port)], port, a.runs, a.seconds, cache))
    port = free_port()
    rows.append(measure("custom-jit", ["dotnet", model_host, "host-model", jit + "-functions", "--port", str(port), "--quiet"], port, a.runs, a.seconds, cache))
    if with_aot:
        port = free_port()
        rows.append(measure("custom-aot", ["dotnet", model_host, "host-model", aot + "-functions", "--port", str(port), "--quiet"], port, a.runs, a.seconds, cache))
    shutil.rmtree(out, ignore_errors=True)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
