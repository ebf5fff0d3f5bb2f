#!/usr/bin/env python3
"""Soak: mixed load against one conformance-app process on a real Azurite, sampling its memory and handles.

    python3 bench/Soak/soak.py [--seconds 600] [--warmup 60] [--workers 8] [--no-build]

Builds tests/ConformanceApp in Release (unless --no-build), starts the repo's pinned Azurite (npm ci) in memory and
one app process on it, then runs --workers closed-loop clients (keep-alive connections) over a mix of cached and
dynamic routes: force-static, revalidate 3 s, data-cache tagged, dynamic, query and dynamic-segment routes, plus a
revalidateTag / revalidatePath POST about every 2 s so regenerations keep happening. Every 10 s it samples the
process's RSS, open file descriptors and threads from /proc (Linux). At the end it prints the samples, the errors
(any non-2xx answer or failed request counts) and RSS after warm-up vs at the end, and exits 1 on any error or when
RSS at the end is more than 10 % above RSS after warm-up. Run it on a quiet machine; the figures go in
docs/benchmarks.md. App logging is set to Warning so that console output does not dominate.
"""
import argparse, http.client, os, random, shutil, signal, socket, subprocess, sys, tempfile, threading, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APP_PROJECT = "tests/ConformanceApp/ConformanceApp.csproj"
ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
GETS = ["/api/static", "/api/revalidate3", "/api/tagged", "/api/tagged-dynamic", "/api/dynamic-default",
        "/api/query?q=soak", "/api/users/42", "/api/users/me"]
POSTS = ["/api/revalidate?tag=tag-a", "/api/revalidate?path=/api/static"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, budget=60):
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {budget} s")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def sample(pid):
    status = open(f"/proc/{pid}/status").read()
    field = lambda name: int(next(l for l in status.splitlines() if l.startswith(name + ":")).split()[1])
    return {"rss_mb": field("VmRSS") / 1024, "fds": len(os.listdir(f"/proc/{pid}/fd")), "threads": field("Threads")}


class Load:
    def __init__(self, port):
        self.port, self.done, self.errors, self.lock, self.stopping = port, 0, [], threading.Lock(), threading.Event()

    def worker(self, seed):
        rnd, conn, last_post = random.Random(seed), None, time.monotonic()
        while not self.stopping.is_set():
            post = seed == 0 and time.monotonic() - last_post > 2
            method, path = ("POST", rnd.choice(POSTS)) if post else ("GET", rnd.choice(GETS))
            last_post = time.monotonic() if post else last_post
            try:
                conn = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request(method, path)
                response = conn.getresponse()
                response.read()
                ok = 200 <= response.status < 300
                error = None if ok else f"{method} {path} -> {response.status}"
            except (OSError, http.client.HTTPException) as e:
                conn, error = None, f"{method} {path} -> {type(e).__name__}: {e}"
            with self.lock:
                self.done += 1
                if error:
                    self.errors.append(error)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=600, help="load duration (default 600 = 10 minutes)")
    parser.add_argument("--warmup", type=int, default=60, help="seconds after which RSS should be flat (capped at a third of --seconds)")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--interval", type=int, default=10, help="seconds between samples")
    parser.add_argument("--no-build", action="store_true", help="use the existing Release build")
    args = parser.parse_args()
    warmup = min(args.warmup, args.seconds // 3)

    if not args.no_build:
        subprocess.run(["dotnet", "build", APP_PROJECT, "-c", "Release", "--nologo", "-v", "q"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    app_dll = os.path.join(ROOT, "tests/ConformanceApp/bin/Release/net10.0/ConformanceApp.dll")
    azurite_bin = os.path.join(ROOT, "node_modules/.bin/azurite-blob")
    if not os.path.exists(azurite_bin):
        sys.exit(f"{azurite_bin} is missing: run `npm ci` in {ROOT}")

    workdir = tempfile.mkdtemp(prefix="soak-")
    blob_port, app_port = free_port(), free_port()
    azurite = subprocess.Popen([azurite_bin, "--blobHost", "127.0.0.1", "--blobPort", str(blob_port), "--inMemoryPersistence",
                                "--skipApiVersionCheck", "--silent"], cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        wait_for_port(blob_port, azurite)
        env = dict(os.environ,
                   Nextfunc__Cache__ConnectionString=f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={ACCOUNT_KEY};"
                                                       f"BlobEndpoint=http://127.0.0.1:{blob_port}/devstoreaccount1;",
                   Nextfunc__BuildId="soak-" + uuid.uuid4().hex[:8], Logging__LogLevel__Default="Warning")
        log = open(os.path.join(workdir, "app.log"), "w")
        app = subprocess.Popen(["dotnet", app_dll, "--urls", f"http://127.0.0.1:{app_port}"], env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_for_port(app_port, app)

        load = Load(app_port)
        threads = [threading.Thread(target=load.worker, args=(i,), daemon=True) for i in range(args.workers)]
        for t in threads:
            t.start()
        start, samples = time.monotonic(), []
        print(f"{'t (s)':>6} {'requests':>9} {'errors':>6} {'RSS MB':>7} {'fds':>5} {'threads':>7}")
        while True:
            elapsed = time.monotonic() - start
            s = dict(sample(app.pid), t=round(elapsed), requests=load.done, errors=len(load.errors))
            samples.append(s)
            print(f"{s['t']:>6} {s['requests']:>9} {s['errors']:>6} {s['rss_mb']:>7.1f} {s['fds']:>5} {s['threads']:>7}", flush=True)
            if elapsed >= args.seconds or app.poll() is not None:
                break
            time.sleep(min(args.interval, max(0.0, args.seconds - elapsed)))
        load.stopping.set()
        for t in threads:
            t.join(35)
    finally:
        if app:
            stop(app)
        stop(azurite)

    warm = next(s for s in samples if s["t"] >= warmup)
    end = samples[-1]
    growth = (end["rss_mb"] - warm["rss_mb"]) / warm["rss_mb"]
    print(f"\n{end['requests']} requests in {end['t']} s ({end['requests'] / max(end['t'], 1):.0f}/s), {len(load.errors)} errors; "
          f"RSS {samples[0]['rss_mb']:.1f} MB at start, {warm['rss_mb']:.1f} MB after {warm['t']} s warm-up, {end['rss_mb']:.1f} MB at the end "
          f"({growth:+.1%}); fds {warm['fds']} -> {end['fds']}; threads {warm['threads']} -> {end['threads']}")
    for e in sorted(set(load.errors))[:10]:
        print("  error:", e)
    flat = growth <= 0.10
    if load.errors or not flat:
        print("FAIL: " + ("errors" if load.errors else f"RSS grew {growth:.1%} after warm-up (limit 10 %)"))
        print(f"app log: {os.path.join(workdir, 'app.log')}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
