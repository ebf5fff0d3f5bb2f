#!/usr/bin/env python3
"""The developer loop, measured beside `dotnet new web` in the same run: a no-op `dotnet build`, a build after a route
edit, and under `dotnet watch run` the time from adding a route to its first 200 and from a handler body edit to the new
answer. The Nextfunc app is the template's, built from the packages (packed here to a folder feed, as tests/newcomer
does), in a temporary folder outside the repository; the web app is `dotnet new web` with a /api/hello endpoint.

    bench/devloop.py                 # packs, then 3 runs of each build row and one watch session per app
    bench/devloop.py --runs 5 --keep # more runs; keep the temporary folder (its path is printed)
    bench/devloop.py --feed DIR      # the packages of an earlier run (--keep): "before" numbers of an older commit

Prints a table (median and range of the runs). Timings on a busy machine are noisy: `uptime` is printed before and after.
"""
import argparse, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The handler is a method, as a route handler is: a body edit of a lambda inside top-level statements stops the app under
# dotnet watch (seen with SDK 10.0.401), which is not the comparison we want.
WEB_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/api/hello", Hello.Get);
app.Run();

static class Hello
{
    public static string Get() => "Hello, world!";
}
"""


def run(cmd, cwd, quiet=True):
    result = subprocess.run(cmd, cwd=cwd, capture_output=quiet, text=True)
    if result.returncode != 0:
        sys.exit(f"devloop: {' '.join(cmd)} failed in {cwd}:\n{result.stdout}{result.stderr}")


def timed(cmd, cwd):
    start = time.monotonic()
    run(cmd, cwd)
    return time.monotonic() - start


def replace(path, old, new):
    with open(path) as f:
        text = f.read()
    assert old in text, f"{old!r} not in {path}"
    with open(path, "w") as f:
        f.write(text.replace(old, new, 1))


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, ""
    except OSError:
        return None, ""


def until(predicate, budget=600):
    start = time.monotonic()
    while time.monotonic() - start < budget:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.1)
    return None


class App:
    """One app under measurement: where it is, the file a route edit changes, and how to add a route."""

    def __init__(self, name, project_dir, route_file, old, new, add_route):
        self.name, self.dir, self.route_file, self.old, self.new, self.add_route = name, project_dir, route_file, old, new, add_route

    def builds(self, runs):
        build = ["dotnet", "build", "--nologo", "-v", "q", "-clp:NoSummary"]
        run(build, self.dir)  # warm: restore, first compile
        noop = [timed(build, self.dir) for _ in range(runs)]
        edits = []
        for i in range(runs):
            replace(self.route_file, self.old if i % 2 == 0 else self.new, self.new if i % 2 == 0 else self.old)
            edits.append(timed(build, self.dir))
        if runs % 2 == 1:
            replace(self.route_file, self.new, self.old)
            run(build, self.dir)
        return noop, edits

    def watch(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        # Beside the project, not in it: a log inside is a file dotnet watch sees change, over and over.
        log = open(os.path.join(os.path.dirname(self.dir), self.name.replace(" ", "-") + ".watch.log"), "w")
        # Polling, not inotify: on a shared machine the 128 inotify instances a user may have run out, and dotnet watch dies.
        env = dict(os.environ, DOTNET_WATCH_SUPPRESS_EMOJIS="1", DOTNET_USE_POLLING_FILE_WATCHER="1")
        process = subprocess.Popen(["dotnet", "watch", "run", "--non-interactive", "--", "--urls", base], cwd=self.dir,
                                   stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try:
            start = until(lambda: get(base + "/api/hello")[0] == 200)
            time.sleep(2)  # let the watcher settle after the first answer
            self.add_route()
            # `dotnet new web` applies a new MapGet by hot reload without running Program.cs again: no answer until a restart.
            added = until(lambda: get(base + "/api/ping")[0] == 200, budget=180)
            time.sleep(2)
            replace(self.route_file, self.old, self.new)
            body = until(lambda: get(base + "/api/hello")[1].startswith("Hi"), budget=180)
            replace(self.route_file, self.new, self.old)
            return start, added, body
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # dotnet watch (10.0.401) may not stop on SIGTERM
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            log.close()


def nextfunc_app(work, feed, hive, version_suffix):
    run(["dotnet", "new", "install", next(os.path.join(feed, f) for f in os.listdir(feed) if f.startswith("Nextfunc.Templates.")),
         "--debug:custom-hive", hive], work)
    run(["dotnet", "new", "nextfunc", "-n", "LoopApp", "-o", "LoopApp", "--debug:custom-hive", hive], work)
    app_dir = os.path.join(work, "LoopApp")
    run(["dotnet", "new", "nugetconfig"], app_dir)
    run(["dotnet", "nuget", "add", "source", feed, "-n", "nextfunc", "--configfile", "nuget.config"], app_dir)
    project = os.path.join(app_dir, "src", "LoopApp")
    route = os.path.join(project, "app", "api", "hello", "route.cs")

    def add_route():
        os.makedirs(os.path.join(project, "app", "api", "ping"))
        time.sleep(1)  # an editor makes the folder, then the file
        with open(os.path.join(project, "app", "api", "ping", "route.cs"), "w") as f:
            f.write("namespace LoopApp.Api;\n\npublic static class Ping\n{\n"
                    "    public static IResult GET() => NextResponse.Text(\"pong\");\n}\n")

    def reset():
        shutil.rmtree(os.path.join(project, "app", "api", "ping"), ignore_errors=True)

    app = App("dotnet new nextfunc", project, route, "Hello, {", "Hi, {", add_route)
    app.reset = reset
    return app


def web_app(work):
    run(["dotnet", "new", "web", "-n", "WebApp", "-o", "WebApp"], work)
    project = os.path.join(work, "WebApp")
    program = os.path.join(project, "Program.cs")
    with open(program, "w") as f:
        f.write(WEB_PROGRAM)

    def add_route():
        replace(program, "app.Run();", 'app.MapGet("/api/ping", () => "pong");\napp.Run();')

    app = App("dotnet new web", project, program, '"Hello, world!"', '"Hi, world!"', add_route)
    app.reset = lambda: replace(program, 'app.MapGet("/api/ping", () => "pong");\n', "")
    return app


def row(label, values):
    values = [v for v in values if v is not None]
    if not values:
        return f"| {label} | no answer |"
    return f"| {label} | {statistics.median(values):.1f} s | {min(values):.1f}–{max(values):.1f} s |"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--keep", action="store_true")
    p.add_argument("--feed", help="a folder of packed packages (Nextfunc*.nupkg) to use instead of packing this tree")
    args = p.parse_args()
    work = tempfile.mkdtemp(prefix="nextfunc-devloop.")
    suffix = "devloop." + time.strftime("%Y%m%d%H%M%S", time.gmtime())
    if args.feed:
        suffix = next(f for f in os.listdir(args.feed) if f.startswith("Nextfunc.Templates.")).split("0.1.0-", 1)[1][:-len(".nupkg")]
    cache = os.environ.get("NUGET_PACKAGES", os.path.expanduser("~/.nuget/packages"))
    print("devloop: load before:", open("/proc/loadavg").read().strip(), "| work", work, flush=True)
    try:
        feed = os.path.abspath(args.feed) if args.feed else os.path.join(work, "feed")
        for project in [] if args.feed else ["src/Routing", "src/FunctionsHost", "src/Caching.AzureBlobs", "templates"]:
            run(["dotnet", "pack", os.path.join(ROOT, project), "-c", "Release", "-o", feed, "--nologo", f"-p:VersionSuffix={suffix}"], ROOT)
        apps = [web_app(work), nextfunc_app(work, feed, os.path.join(work, "hive"), suffix)]
        lines = ["| | median | range |", "|---|---|---|"]
        for app in apps:
            noop, edit = app.builds(args.runs)
            start, added, body = app.watch()
            app.reset()
            lines += [row(f"{app.name}: no-op build", noop), row(f"{app.name}: build after a route edit", edit),
                      row(f"{app.name}: dotnet watch, start to first 200", [start]),
                      row(f"{app.name}: dotnet watch, add a route to its first 200", [added]),
                      row(f"{app.name}: dotnet watch, body edit to the new answer", [body])]
        print("\n".join(lines))
        print("devloop: load after:", open("/proc/loadavg").read().strip())
    finally:
        for name in ["nextfunc", "nextfunc.routing", "nextfunc.caching.azureblobs", "nextfunc.templates"]:
            shutil.rmtree(os.path.join(cache, name, f"0.1.0-{suffix}"), ignore_errors=True)
        if args.keep:
            print("devloop: kept", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
