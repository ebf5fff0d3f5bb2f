#!/usr/bin/env python3
"""Records conformance cases from a running server (the Next.js oracle).

usage: python3 record.py BASE_URL REQUESTS.json [-o CASES.json] [--ours URL]

REQUESTS.json says what to send and which parts of the answer to assert, never the expected values:
  {"oracle": "...", "tags": {name: meaning}, "defaults": {"headers": {name: MODE}},
   "requests": [
     {"id": "...", "desc": "...", "tags": [...],
      "request": <a run.py request: method, path (sent exactly as written), headers, body | json>,
      "assert": {"headers": {name: MODE}, "body": BODY, "set_cookies": {name: COOKIE},
                 "same_body_as": id | [ids], "differs_from": id | [ids]},
      "divergence": "why"},                optional: we answer differently on purpose
     {"sleep": SECONDS}                    a pause, kept in the cases (a flow: after() work, revalidation)
   ]}
  header MODE: "equals"      the exact value; an absolute URL on the server's own origin
                             (http://localhost:<port>/x) as {"ends_with": "/x"}, as cases.json does:
                             behind a host (the Functions worker) the origin's port is not BASE_URL's
               "media_type"  the value up to ";" (content-type)
               "presence"    present or absent, not the value
               A header the server did not send is recorded as {"absent": true} in every mode.
  BODY:        "json"        the whole JSON body
               "empty"       an empty body (fails if the server sent one)
               "text"        the exact text
               "none"        nothing about the body
               {"contains": "..."}      that substring (fails if the server's body lacks it)
               {"json_except": [key]}   every other top-level key; the one key listed (a URL on the
                                        server's own origin) is asserted by the text after the origin,
                                        closing quote included (the value's end), which must occur
                                        only once in the body
               {"json_without": [key, ...]}  every other top-level key; the keys listed are not asserted
  COOKIE:      "equals"      the cookie's value and every attribute (Path, HttpOnly, ...: each must be present)
               "attributes"  the attributes only (the value is a secret or random)
  same_body_as / differs_from compare the body with the last body of an earlier request (run.py's rule).
  The status is always asserted. Headers in "defaults" are asserted for every request unless it
  names them itself (mode null leaves one out).

Each request is sent twice through run.py's own client (so the recorder sends exactly what the runner
will replay: http.client, target untouched) and the case must hold for both answers: a part that
changes between two identical requests is reported as unstable instead of being recorded.

A request with "divergence" is recorded from --ours (our server: its answer is what we mean to do),
tagged "divergence", and its desc says what the oracle answered; the oracle fails these on purpose.
Writes the cases in cases.json's format to -o (default: edge-cases.json next to REQUESTS.json).
Exit code 1, and nothing written, if any request could not be recorded.
"""
import json
import os
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ beside the shared run.py
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (run.py: send() and check() are the runner's own)

USAGE = 'usage: python3 record.py BASE_URL REQUESTS.json [-o CASES.json] [--ours URL]\n'


class RecordError(Exception):
    pass


def parse_args(argv):
    pos, out, ours = [], None, None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('-o', '--out') and i + 1 < len(argv):
            i += 1
            out = argv[i]
        elif a == '--ours' and i + 1 < len(argv):
            i += 1
            ours = argv[i].rstrip('/')
        elif a in ('-h', '--help'):
            print(__doc__)
            sys.exit(0)
        else:
            pos.append(a)
        i += 1
    if len(pos) != 2:
        sys.stderr.write(USAGE)
        sys.exit(2)
    requests = pos[1]
    return pos[0].rstrip('/'), requests, out or os.path.join(os.path.dirname(requests) or '.', 'edge-cases.json'), ours


def port_placeholder(text, base):
    """Writes the server's own localhost:<port> as localhost:{PORT}, which run.py fills in on replay."""
    port = urllib.parse.urlsplit(base).port
    return text.replace('localhost:%d' % port, 'localhost:{PORT}') if port else text


def own_origin(base):
    """The origin Next.js reports in request.url and absolute redirects: http://localhost:<port>."""
    return 'http://localhost:%d' % urllib.parse.urlsplit(base).port


def header_spec(name, mode, res, base):
    actual = res.headers.get(name.lower())
    if actual is None:
        return {'absent': True}
    if mode == 'equals':
        if actual.startswith(own_origin(base) + '/'):
            return {'ends_with': actual[len(own_origin(base)):]}
        return port_placeholder(actual, base)
    if mode == 'media_type':
        return {'media_type': actual.split(';')[0].strip().lower()}
    if mode == 'presence':
        return {'present': True}
    raise RecordError('unknown header mode %r for %s' % (mode, name))


def body_spec(mode, res, base):
    text = res.body.decode('utf-8', 'replace')
    port = urllib.parse.urlsplit(base).port
    if mode == 'none':
        return None
    if mode == 'empty':
        if res.body:
            raise RecordError('body should be empty but the server sent %d bytes' % len(res.body))
        return {'empty': True}
    if mode == 'text':
        return {'equals': port_placeholder(text, base)}
    if mode == 'json':
        if port and 'localhost:%d' % port in text:
            raise RecordError('the JSON body names the server port; use {"json_except": [key]}')
        return {'json': parse_json(text)}
    if isinstance(mode, dict) and 'contains' in mode:
        if mode['contains'] not in text:
            raise RecordError('body lacks %r: %r' % (mode['contains'], text[:200]))
        return {'contains': mode['contains']}
    if isinstance(mode, dict) and 'json_except' in mode:
        keys = mode['json_except']
        if len(keys) != 1:
            raise RecordError('json_except takes exactly one key (run.py checks one "contains")')
        body = parse_json(text)
        key = keys[0]
        if not isinstance(body, dict) or key not in body:
            raise RecordError('JSON body has no key %r' % key)
        fragment = json.dumps({key: body[key]}, ensure_ascii=False, separators=(',', ':'))[1:-1]
        if fragment not in text:
            raise RecordError('the server does not write %s as %s' % (key, fragment))
        prefix = json.dumps(key) + ':"' + own_origin(base)
        if not fragment.startswith(prefix + '/'):
            raise RecordError('%s is not a URL on the server\'s own origin: %s' % (key, fragment))
        tail = fragment[len(prefix):]
        if text.count(tail) != 1:
            raise RecordError('%r is not unique in the body, so it would not check %s; use json_without' % (tail, key))
        return {'json_subset': {k: v for k, v in body.items() if k != key}, 'contains': tail}
    if isinstance(mode, dict) and 'json_without' in mode:
        body = parse_json(text)
        if not isinstance(body, dict):
            raise RecordError('JSON body is not an object')
        return {'json_subset': {k: v for k, v in body.items() if k not in mode['json_without']}}
    raise RecordError('unknown body mode %r' % (mode,))


def cookie_specs(modes, res):
    seen = {}
    for raw in res.set_cookies:
        name, value, attrs = run.parse_cookie(raw)
        seen[name] = (value, [a.strip() for a in attrs.split(';') if a.strip()])
    specs = {}
    for name, mode in modes.items():
        if name not in seen:
            raise RecordError('the server set no cookie %r (set: %s)' % (name, sorted(seen)))
        value, attrs = seen[name]
        if mode == 'equals':
            specs[name] = {'value': value, 'attrs_contain': attrs}
        elif mode == 'attributes':
            specs[name] = {'attrs_contain': attrs}
        else:
            raise RecordError('unknown cookie mode %r for %s' % (mode, name))
    return specs


def parse_json(text):
    try:
        return json.loads(text)
    except ValueError:
        raise RecordError('body is not JSON: %r' % text[:200])


def build_case(item, res, base, defaults):
    asserts = item.get('assert') or {}
    headers = dict(defaults.get('headers') or {})
    headers.update(asserts.get('headers') or {})
    expect = {'status': res.status}
    hs = {name: header_spec(name, mode, res, base) for name, mode in headers.items() if mode is not None}
    if hs:
        expect['headers'] = hs
    body = body_spec(asserts.get('body', 'none'), res, base)
    if body is not None:
        expect['body'] = body
    if asserts.get('set_cookies'):
        expect['set_cookies'] = cookie_specs(asserts['set_cookies'], res)
    for key in ('same_body_as', 'differs_from'):
        if key in asserts:
            expect[key] = asserts[key]
    case = {'id': item['id'], 'desc': item.get('desc', '')}
    if item.get('tags'):
        case['tags'] = list(item['tags'])
    case['request'] = item['request']
    case['expect'] = expect
    return case


def context(base):
    u = urllib.parse.urlsplit(base)
    return {'BASE': base, 'HOST': u.hostname or '', 'PORT': str(u.port or '')}


def record(item, oracle, ours, defaults, bodies):
    base = oracle
    if item.get('divergence'):
        if not ours:
            raise RecordError('a divergence is recorded from our server: pass --ours URL')
        base = ours
    first = run.send(base, item['request'])
    second = run.send(base, item['request'])
    case = build_case(item, first, base, defaults)
    for res in (first, second):
        errs = run.check(case, res, bodies, context(base))
        if errs:
            raise RecordError('unstable between two identical requests: ' + '; '.join(errs))
    bodies[item['id']] = second.body
    if item.get('divergence'):
        seen = run.send(oracle, item['request'])
        case['tags'] = case.get('tags', []) + ['divergence']
        case['desc'] = '%s. We diverge: %s (Next.js answers %d)' % (case['desc'].rstrip('.'), item['divergence'], seen.status)
    return case


def main():
    oracle, requests_path, out, ours = parse_args(sys.argv[1:])
    with open(requests_path, encoding='utf-8') as f:
        spec = json.load(f)
    defaults = spec.get('defaults') or {}
    cases, failed, seen_ids, bodies = [], 0, set(), {}
    for item in spec['requests']:
        if 'sleep' in item and 'request' not in item:
            time.sleep(float(item['sleep']))
            cases.append({'sleep': item['sleep']})
            continue
        try:
            if item['id'] in seen_ids:
                raise RecordError('duplicate id')
            seen_ids.add(item['id'])
            cases.append(record(item, oracle, ours, defaults, bodies))
        except (RecordError, OSError) as e:
            failed += 1
            print('FAIL %s: %s' % (item.get('id'), e))
    if failed:
        print('%d recorded, %d failed; %s not written' % (len(cases), failed, out))
        sys.exit(1)
    doc = {
        'oracle': spec.get('oracle', ''),
        'recorded': 'python3 record.py ORACLE_URL %s --ours OUR_URL' % os.path.basename(requests_path),
        'runner': 'python3 run.py BASE_URL %s [--verbose] [--skip-tag quirk]' % os.path.basename(out),
        'tags': spec.get('tags', {}),
        'cases': cases,
    }
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=1)
        f.write('\n')
    print('%d recorded into %s' % (sum(1 for c in cases if 'id' in c), out))


if __name__ == '__main__':
    main()
