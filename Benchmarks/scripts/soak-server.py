#!/usr/bin/env python3
"""A local endpoint for the soak test: serves a kotacerdas/v1 document whose indicator
values change on every request, with a new ETag each time, so a dashboard polling it
every second merges, decodes and draws a changed document at every poll.

Usage: soak-server.py SAMPLE.json PORT     (binds 127.0.0.1 only)
"""
import hashlib
import json
import random
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sample_path, port = sys.argv[1], int(sys.argv[2])
with open(sample_path, encoding="utf-8") as handle:
    document = json.load(handle)
indicators = [i for d in document["dimensions"] for i in d.get("indicators", []) if isinstance(i.get("value"), (int, float))]
generator = random.Random(2026)
served = 0


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        global served
        served += 1
        for indicator in indicators:
            indicator["value"] = round(indicator["value"] * generator.uniform(0.98, 1.02), 3)
        body = json.dumps(document, ensure_ascii=False).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"%s"' % hashlib.sha1(body).hexdigest()[:16])
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
