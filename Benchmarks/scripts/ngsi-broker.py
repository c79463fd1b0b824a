#!/usr/bin/env python3
"""A small FIWARE context broker for end-to-end tests and benchmarks of the NGSI adapters.

It pages like Orion (NGSI v2) and Orion-LD (NGSI-LD): `limit` (default 20, above
--limit-cap a 400 error) and `offset`, the total in `Fiware-Total-Count` with
`options=count` or in `NGSILD-Results-Count` with `count=true`, and `type=A,B` filters.
Entities come from a JSON file (an array), read again whenever the file changes, or are
generated (--generate N: air-quality stations, parking zones and waste containers in
keyValues form). Prints `listening on http://127.0.0.1:PORT` once it accepts requests.

    ngsi-broker.py --entities entities.json [--port 0]
    ngsi-broker.py --generate 100000 [--port 0]
"""
import argparse
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def generated(count):
    """Deterministic entities: half air-quality stations, a quarter each parking and waste."""
    entities = []
    for index in range(count):
        kind = index % 4
        if kind in (0, 1):
            entities.append({"id": f"urn:ngsi-ld:AirQualityObserved:station-{index}", "type": "AirQualityObserved",
                             "dateObserved": "2026-11-01T08:00:00+07:00", "pm25": 10 + index % 40,
                             "no2": {"value": 20 + index % 30, "metadata": {"unitCode": {"value": "GQ"}}},
                             "airQualityIndex": 40 + index % 60, "address": {"addressLocality": "Sumenep"}})
        elif kind == 2:
            entities.append({"id": f"urn:ngsi-ld:OnStreetParking:zone-{index}", "type": "OnStreetParking",
                             "availableSpotNumber": index % 12, "totalSpotNumber": 12,
                             "observationDateTime": "2026-11-01T08:00:00+07:00"})
        else:
            entities.append({"id": f"urn:ngsi-ld:WasteContainer:bin-{index}", "type": "WasteContainer",
                             "fillingLevel": (index % 100) / 100, "dateModified": "2026-11-01T08:00:00+07:00"})
    return entities


class Store:
    """The entities, each kept as its JSON text so a page is a join; reloaded when the file changes."""

    def __init__(self, path, generate):
        self.path = path
        self.lock = threading.Lock()
        self.stamp = None
        self.texts = []
        self.by_filter = {}
        if path is None:
            self.load(generated(generate))

    def load(self, entities):
        self.texts = [(entity.get("type"), json.dumps(entity, ensure_ascii=False)) for entity in entities]
        self.by_filter = {}

    def matching(self, types):
        with self.lock:
            if self.path is not None:
                stat = os.stat(self.path)
                stamp = (stat.st_mtime_ns, stat.st_size)
                if stamp != self.stamp:
                    with open(self.path, encoding="utf-8") as file:
                        self.load(json.load(file))
                    self.stamp = stamp
            key = types or ""
            if key not in self.by_filter:
                wanted = set(types.split(",")) if types else None
                self.by_filter[key] = [text for kind, text in self.texts if wanted is None or kind in wanted]
            return self.by_filter[key]


def handler(store, limit_cap):
    class Broker(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            url = urlparse(self.path)
            if not url.path.endswith("/entities"):
                return self.answer(404, '{"error":"NotFound","description":"no such resource"}')
            query = {name: values[-1] for name, values in parse_qs(url.query).items()}
            limit = int(query.get("limit", "20"))
            offset = int(query.get("offset", "0"))
            if limit > limit_cap:
                return self.answer(400, '{"error":"BadRequest","description":"Bad pagination limit: /%d/ [max: %d]"}'
                                   % (limit, limit_cap))
            entities = store.matching(query.get("type"))
            headers = {}
            if "count" in query.get("options", "").split(","):
                headers["Fiware-Total-Count"] = str(len(entities))
            if query.get("count") == "true":
                headers["NGSILD-Results-Count"] = str(len(entities))
            self.answer(200, "[" + ",".join(entities[offset:offset + limit]) + "]", headers)

        def answer(self, status, body, headers=None):
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *arguments):
            pass

    return Broker


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--entities", help="a JSON file with an array of entities, read again when it changes")
    source.add_argument("--generate", type=int, help="this many generated entities")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--limit-cap", type=int, default=1000, help="a larger limit is refused with 400 (Orion: 1000)")
    arguments = parser.parse_args()
    store = Store(arguments.entities, arguments.generate)
    server = ThreadingHTTPServer(("127.0.0.1", arguments.port), handler(store, arguments.limit_cap))
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
