"""Processes, load and measurements for bench/run: start a server, wait for its first 200, drive it with wrk,
read its resident memory. No numbers are judged here; bench/run compares them."""
import os, re, shutil, signal, socket, statistics, subprocess, tempfile, threading, time, urllib.request
import http.client

QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


def run(*cmd, cwd, env=None, quiet=True):
    """Runs a build step; on failure prints its output, since a silent build error is the worst kind."""
    result = subprocess.run(cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=quiet, text=True)
    if result.returncode != 0:
        if quiet:
            print(result.stdout[-4000:], result.stderr[-4000:])
        raise SystemExit(f"bench/run: '{' '.join(cmd)}' failed with exit code {result.returncode} (output above).")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One server process on a loopback port: spawned, timed to its first 200, stopped."""

    def __init__(self, name, command, port, probe, cwd, env=None, host="127.0.0.1"):
        self.name, self.command, self.port, self.probe, self.cwd, self.host = name, command, port, probe, cwd, host
        self.env = {**os.environ, "NEXT_TELEMETRY_DISABLED": "1", **(env or {})}
        self.process = None
        self.spawn_ms = None

    @property
    def base(self):
        return f"http://{self.host}:{self.port}"

    def start(self, budget=120):
        started = time.monotonic()
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env, start_new_session=True, **QUIET)
        deadline = started + budget
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench/run: {self.name} exited with {self.process.returncode} before answering ({' '.join(self.command)}).")
            try:
                with urllib.request.urlopen(self.base + self.probe, timeout=5) as r:
                    if r.status == 200:
                        self.spawn_ms = (time.monotonic() - started) * 1000
                        return self
            except Exception:
                time.sleep(0.003)
        self.stop()
        raise SystemExit(f"bench/run: {self.name} gave no 200 on {self.probe} within {budget} s.")

    def stop(self):
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(15)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def rss_mb(self):
        """Resident memory of the server and its children (next start forks), in MB."""
        total, pending = 0, [self.process.pid]
        while pending:
            pid = pending.pop()
            try:
                with open(f"/proc/{pid}/status") as f:
                    total += int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
                with open(f"/proc/{pid}/task/{pid}/children") as f:
                    pending += [int(c) for c in f.read().split()]
            except (FileNotFoundError, ProcessLookupError, AttributeError):
                pass
        return total / 1024

    def get(self, path, headers=None):
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def in_turns(names, reps, measure):
    """measure(name) for every name, reps times, the order reversed every other repetition so a steady drift of
    the machine favours no side; returns the samples per name, in repetition order (so they pair up)."""
    samples = {name: [] for name in names}
    for rep in range(reps):
        for name in (list(names) if rep % 2 == 0 else list(reversed(names))):
            samples[name].append(measure(name))
    return samples


def spawn_median(make_server, runs):
    """Median spawn -> first 200 over several fresh starts (each server stopped before the next)."""
    times = []
    for _ in range(runs):
        server = make_server().start()
        times.append(server.spawn_ms)
        server.stop()
    return statistics.median(times), times


class Load:
    """wrk when present; otherwise (smoke mode only) a few Python threads, so the script still runs end to end."""

    def __init__(self, threads=2, connections=32):
        self.threads, self.connections = threads, connections
        self.wrk = shutil.which("wrk")

    def rps(self, url, seconds, headers=None):
        if not self.wrk:
            return self._python_rps(url, seconds, headers)
        cmd = [self.wrk, f"-t{self.threads}", f"-c{self.connections}", f"-d{seconds}s"]
        for k, v in (headers or {}).items():
            cmd += ["-H", f"{k}: {v}"]
        out = subprocess.run(cmd + [url], check=True, capture_output=True, text=True).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        if errors:
            raise SystemExit(f"bench/run: {url} answered {errors.group(1)} non-2xx/3xx responses under load:\n{out}")
        return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency_p50_ms(self, url, seconds):
        """One connection, one request at a time: per-request latency."""
        if not self.wrk:
            start, n = time.monotonic(), 0
            while time.monotonic() - start < seconds:
                urllib.request.urlopen(url).read(); n += 1
            return (time.monotonic() - start) * 1000 / max(n, 1)
        out = subprocess.run([self.wrk, "-t1", "-c1", f"-d{seconds}s", "--latency", url], check=True, capture_output=True, text=True).stdout
        m = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    def requests(self, url, count):
        """Sends `count` requests over four keep-alive connections (for memory after N requests)."""
        self._python_rps(url, 0, None, limit=count)

    def _python_rps(self, url, seconds, headers, limit=None):
        host, port, path = re.match(r"http://([^:/]+):(\d+)(.*)", url).groups()
        done, stop = [0], time.monotonic() + seconds

        def worker():
            conn = http.client.HTTPConnection(host, int(port), timeout=10)
            while (limit is None and time.monotonic() < stop) or (limit is not None and done[0] < limit):
                conn.request("GET", path, headers=headers or {})
                r = conn.getresponse(); r.read()
                if r.status >= 400:
                    raise SystemExit(f"bench/run: {url} answered {r.status}")
                done[0] += 1
        started = time.monotonic()
        threads = [threading.Thread(target=worker) for _ in range(4)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        return done[0] / (time.monotonic() - started)
