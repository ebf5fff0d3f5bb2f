"""Turns bench/run's measurements into docs/benchmarks.md: one row per target of issue 10, with both sides,
the ratio and whether the target is met."""
import statistics


def _verdict(ok):
    return "met" if ok else "**not met**"


def _row(figure, target, measured, ratio, ok):
    return f"| {figure} | {target} | {measured} | {ratio} | {_verdict(ok) if ok is not None else 'not measured'} |"


def _ratio_row(figure, target, num_name, num, den_name, den, minimum=None, maximum=None, unit="req/s", fmt="{:,.0f}"):
    if num is None or den is None:
        return _row(figure, target, "—", "—", None)
    ratio = num / den
    ok = (minimum is None or ratio >= minimum) and (maximum is None or ratio <= maximum)
    return _row(figure, target, f"{num_name} {fmt.format(num)} {unit} / {den_name} {fmt.format(den)} {unit}", f"{ratio:.2f}x", ok)


def _paired_row(figure, target, r, row, num_name, num, den_name, den, minimum):
    """A throughput target: the sides' medians, and the verdict on the median of the per-repetition ratios."""
    rps, ratios = r["rps"], r.get("rps_ratios", {}).get(row)
    if not ratios:  # results written before ratios were paired
        return _ratio_row(figure, target, num_name, rps[num], den_name, rps[den], minimum=minimum)
    ratio = statistics.median(ratios)
    return _row(figure, target, f"{num_name} {rps[num]:,.0f} req/s / {den_name} {rps[den]:,.0f} req/s",
                f"{ratio:.2f}x (runs {min(ratios):.2f}–{max(ratios):.2f})", ratio >= minimum)


def target_rows(r):
    spawn, rss, worker, bdn = r.get("spawn", {}), r.get("rss", {}), r.get("worker", {}), r.get("bdn", {})
    rows = [
        _paired_row("dynamic GET, no middleware, vs bare `MapGet` (same bytes)", "≥ 0.90x", r, "dynamic",
                    "ours", "ours dynamic", "bare", "bare dynamic", 0.90),
        _paired_row("dynamic GET with the middleware matched (one header) vs without", "≥ 0.90x", r, "middleware",
                    "with", "ours dynamic + middleware", "without", "ours dynamic", 0.90),
        _paired_row("cached GET (L1 hit, ETag) vs bare `MapGet` of the stored bytes", "≥ 0.95x", r, "cache hit",
                    "ours", "ours cache hit", "bare", "bare stored bytes", 0.95),
        _paired_row("304 on `If-None-Match` vs the cache hit", "≥ 1.00x", r, "304",
                    "304", "ours 304", "hit", "ours cache hit", 1.0),
    ]
    # issue 24: as a user gets it (the template's log levels and store, outside Development) and quiet (logging at Warning)
    for row, figure, num, den, minimum in (
            ("defaults: dynamic + middleware", "template defaults: dynamic GET with the middleware matched vs bare `MapGet`",
             "ours dynamic + middleware, defaults", "bare dynamic + middleware", 0.90),
            ("defaults: cache hit", "template defaults: cached GET (L1 hit in front of the file store) vs bare `MapGet`",
             "ours cache hit, defaults", "bare stored bytes", 0.90),
            ("quiet: dynamic + middleware", "quiet (logging at Warning): dynamic GET with the middleware matched vs bare `MapGet`",
             "ours dynamic + middleware", "bare dynamic + middleware", 0.95)):
        if r.get("rps_ratios", {}).get(row):
            rows.append(_paired_row(figure, f"≥ {minimum:.2f}x", r, row, "ours", num, "bare", den, minimum))
    match = bdn.get("route_match", {})
    rows.append(_ratio_row(f"route match, 1,000 route files vs 10 (worst kind: {match.get('growth_kind', '—')})", "≤ 1.10x",
                           "1,000", match.get("ours_1000"), "10", match.get("ours_10"), maximum=1.10, unit="ns", fmt="{:,.1f}"))
    rows.append(_ratio_row(f"route match at 1,000: ours vs ASP.NET Core's DfaMatcher, same templates (worst kind: {match.get('versus_kind', '—')})", "≤ 1.00x",
                           "ours", match.get("ours_1000_vs"), "ASP.NET Core", match.get("aspnet_1000"), maximum=1.0, unit="ns", fmt="{:,.1f}"))
    alloc = bdn.get("allocations", {})
    for name, limit in (("cache hit", 1024), ("dynamic", 2048)):
        value = alloc.get(name)
        rows.append(_row(f"allocations per request, whole pipeline, beyond a bare endpoint: {name}" + (" (includes the handler's own)" if name == "dynamic" else ""),
                         f"≤ {limit // 1024} KB", "—" if value is None else f"{value:,.0f} B", "—", None if value is None else value <= limit))
    rows.append(_ratio_row("spawn → first 200: Native AOT conformance app vs `next start`", "≤ 1/15 (0.067x)",
                           "AOT", spawn.get("conformance-aot"), "next", spawn.get("next"), maximum=1 / 15, unit="ms"))
    rows.append(_ratio_row("RSS after 10k requests: JIT conformance app vs `next start`", "≤ 1/4 (0.25x)",
                           "JIT", rss.get("conformance"), "next", rss.get("next"), maximum=0.25, unit="MB"))
    rows.append(_ratio_row("RSS after 10k requests: Native AOT conformance app vs `next start`", "≤ 1/10 (0.10x)",
                           "AOT", rss.get("conformance-aot"), "next", rss.get("next"), maximum=0.10, unit="MB"))
    rows.append(_ratio_row("isolated worker: p50 latency through the test host vs a hand-written worker function", "≤ 1.10x",
                           "ours", worker.get("ours-worker"), "hand-written", worker.get("worker-baseline"), maximum=1.10, unit="ms", fmt="{:.3f}"))
    return rows


def miss_notes(r):
    """What limits a missed target, where the cause is structural rather than this run's noise."""
    notes = []
    match = r.get("bdn", {}).get("route_match", {})
    if match.get("ours_10") and match["ours_1000"] / match["ours_10"] > 1.10:
        notes.append("- **Route match, 1,000 vs 10 routes.** In a 10-route app no level of the route tree has more than four "
                     "static siblings, and such a level compares the segment with each name instead of hashing it; from five "
                     "siblings on a level is a hash lookup. The 100- and 1,000-route tables both hash their widest level, so the "
                     "step is paid once (the BenchmarkDotNet table below: 100 and 1,000 routes cost about the same), and a "
                     "1,000-route app still matches faster than ASP.NET Core's matcher. Hashing every level would meet the ratio "
                     "by making small apps slower.")
    rss, next_rss = r.get("rss", {}).get("conformance-aot"), r.get("rss", {}).get("next")
    if rss and next_rss and rss / next_rss > 0.10:
        notes.append("- **Native AOT memory.** What remains is the runtime's: the binary's resident code and the GC heap "
                     "(docs/native-aot.md: a lower first-generation budget or a heap limit trades collections for memory).")
    return ["", "Why a target is missed:", "", *notes] if notes else []


def other_rows(r):
    """Figures without a target that users ask about."""
    rps, all_ratios = r["rps"], r.get("rps_ratios", {})
    rows = []
    for row, figure, num, den, num_name, den_name in (
            ("request log", "dynamic GET with the per-request Information log line on (`Nextfunc:RequestLog=true`, console logger) vs off",
             "ours dynamic, request log on", "ours dynamic", "on", "off"),
            ("fetch-cache hit", "dynamic GET whose data comes from another service through the fetch cache (a hit) vs a dynamic GET",
             "ours fetch-cache hit", "ours dynamic", "fetched", "plain")):
        ratios = all_ratios.get(row)
        if not ratios or num not in rps:
            rows.append(f"| {figure} | not measured | — |")
            continue
        rows.append(f"| {figure} | {num_name} {rps[num]:,.0f} req/s / {den_name} {rps[den]:,.0f} req/s | "
                    f"{statistics.median(ratios):.2f}x (runs {min(ratios):.2f}–{max(ratios):.2f}) |")
    config = r.get("bdn", {}).get("config_rules", {})
    with_rules, without = config.get(50) or config.get("50"), config.get(0) or config.get("0")
    figure = ("routing a request for a dynamic route (100 route files) through 50 next.config.cs entries "
              "(20 redirects, 15 header rules, 15 afterFiles rewrites) vs none")
    rows.append(f"| {figure} | 50: {with_rules:,.1f} ns / 0: {without:,.1f} ns | {with_rules / without:.2f}x |" if with_rules and without
                else f"| {figure} | not measured | — |")
    return rows


def render(r):
    m, a = r["machine"], r["args"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run` (issue 10's targets). Every ratio compares two sides measured in the same run, on the same",
        "machine, with the same client; throughput is `wrk -t2 -c32` on the same two cores as the server (as in the issue),",
        f"{a['reps']} interleaved repetitions of {a['seconds']} s each. A throughput ratio is the median of the per-repetition ratios",
        "of two series measured back to back (the range of those ratios beside it); other figures are medians. Regenerate with",
        "`bench/run` on an otherwise idle machine.",
        "",
        f"- **Machine:** {m['cpu']}, {m['memory']}, {m['os']}",
        f"- **Date:** {m['date']}; .NET SDK {m['dotnet']}, Node {m['node']}, {m['wrk']}",
        "- **Apps:** `bench/Apps/BenchApp` (this project: `/api/users/[id]` dynamic, `/mw/users/[id]` behind a middleware that sets one",
        "  header, `/api/static` force-static served from L1), `bench/Apps/BareKestrel` (plain `MapGet` endpoints writing the same bytes",
        "  and headers; bench/run checks that bodies and content types are equal before measuring), `bench/Apps/WorkerBaseline` (a",
        "  hand-written isolated-worker function), the conformance app (`tests/ConformanceApp`, JIT and Native AOT) and `next start`",
        "  on the Next.js oracle app (`../shared/conformance/next-app`). The conformance app's handlers answer with anonymous",
        "  objects (reflection-based JSON), which Native AOT serializes as `{}`: its AOT build gives start-up and memory figures",
        "  only; `BenchApp (Native AOT)` gives the same figures for an AOT-clean app with correct bodies.",
        "",
        "## Targets",
        "",
        "| figure | target | measured | ratio | verdict |",
        "|---|---|---|---|---|",
        *target_rows(r),
        *miss_notes(r),
        "",
        "## Other figures",
        "",
        "| figure | measured | ratio |",
        "|---|---|---|",
        *other_rows(r),
        "",
        "## Raw figures",
        "",
        "| series | median | samples |",
        "|---|---|---|",
        *[f"| {k} | {v:,.0f} req/s | {', '.join(f'{s:,.0f}' for s in r['rps_samples'][k])} |" for k, v in r["rps"].items()],
        *[f"| {k} | {v:,.0f} req/s | |" for k, v in r.get("info", {}).items()],
        *[f"| spawn → first 200, {k} | {v:,.0f} ms | |" for k, v in r.get("spawn", {}).items()],
        *[f"| RSS after 10k requests, {k} | {v:,.0f} MB | |" for k, v in r.get("rss", {}).items()],
        *[f"| p50 latency, {k} | {v:.3f} ms | |" for k, v in r.get("worker", {}).items()],
    ]
    for title, table in r.get("bdn", {}).get("tables", {}).items():
        lines += ["", f"## BenchmarkDotNet: {title}", "", table]
    return "\n".join(lines) + "\n"
