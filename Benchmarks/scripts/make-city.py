#!/usr/bin/env python3
"""make-city.py: writes a large, valid kotacerdas/v1 city for the size benchmarks.

The same arguments always give the same bytes (a seeded generator, no clock), so
figures taken on different days or machines are about the same file.

Shapes used in BENCHMARKS.md:
  one big dimension:  make-city.py --indicators 100000 --points 3 OUT                 (57 MB)
  the province:       make-city.py --dimensions 6 --indicators 2000 --points 120 \
                                   --programs 1000 --descriptions OUT                   (71 MB)

--indicators is per dimension; --programs is for the whole city, spread evenly over the
dimensions. Names are Indonesian and English with a few non-ASCII characters, units vary,
and a tenth of the values are null, so parsing and decoding see realistic text. The
layout is indented by one space, with each history point on one line.
"""
import argparse
import json
import random
import sys

DIMENSIONS = [
    ("governance", "Tata Pamong Pemerintahan Cerdas", "Smart Governance"),
    ("living", "Kehidupan Cerdas", "Smart Living"),
    ("environment", "Lingkungan Cerdas", "Smart Environment"),
    ("society", "Masyarakat Cerdas", "Smart Society"),
    ("economy", "Ekonomi Cerdas", "Smart Economy"),
    ("mobility", "Mobilitas Cerdas", "Smart Mobility"),
]
TOPICS = [
    ("Layanan publik daring", "Public services online"),
    ("Rumah tangga dengan akses air minum layak", "Households with safe drinking water"),
    ("Sampah tertangani", "Waste handled"),
    ("Peserta literasi digital", "Digital-literacy participants"),
    ("Pasar tradisional terdigitalisasi", "Traditional markets digitised"),
    ("Ketepatan waktu kapal penyeberangan", "Ferry on-time departures"),
    ("Kecamatan dengan ruang terbuka hijau ≥ 20 %", "Districts with ≥ 20 % green space"),
    ("Pengaduan masyarakat terselesaikan", "Complaints resolved"),
]
UNITS = ["%", {"id": "indeks", "en": "index"}, {"id": "orang", "en": "people"}, {"id": "miliar Rp", "en": "billion IDR"}]
STATUSES = ["planned", "on-track", "at-risk", "delayed", "completed", "cancelled"]


def indicator(rng, dimension_id, number, points, describe):
    topic_id, topic_en = TOPICS[number % len(TOPICS)]
    target = round(rng.uniform(10, 100), 1)
    better = "lower" if number % 5 == 0 else "higher"
    history = []
    value = target * rng.uniform(0.5, 1.1)
    for month in range(points):
        value = value * rng.uniform(0.95, 1.06)
        year, month_of_year = 2016 + month // 12, month % 12 + 1
        history.append({"at": f"{year:04d}-{month_of_year:02d}", "value": round(value, 2)})
    item = {
        "id": f"{dimension_id}-{number:06d}",
        "name": {"id": f"{topic_id} (wilayah {number})", "en": f"{topic_en} (area {number})"},
        "unit": UNITS[number % len(UNITS)],
        "value": None if number % 10 == 9 else round(value, 2),
        "target": target,
        "baseline": round(target * 0.6, 1),
        "better": better,
        "weight": 1 + number % 3,
        "history": history,
        "source": "illustrative",
        "updatedAt": "2026-10-31T17:00:00+07:00",
    }
    if describe:
        item["description"] = {
            "id": f"{topic_id}, diukur setiap bulan oleh perangkat daerah dan dilaporkan ke Bappeda. " * 2,
            "en": f"{topic_en}, measured monthly by the regional agency and reported to the planning board. " * 2,
        }
    return item


def program(rng, dimension_id, number, indicator_ids):
    allocated = rng.randrange(1, 500) * 100_000_000
    return {
        "id": f"{dimension_id}-program-{number:05d}",
        "name": {"id": f"Program percepatan {number}", "en": f"Acceleration programme {number}"},
        "area": 1,
        "owner": "Dinas Komunikasi dan Informatika",
        "status": STATUSES[number % len(STATUSES)],
        "progress": round(rng.uniform(0, 1), 2),
        "start": "2025-01-01",
        "end": "2027-12-31",
        "budget": {"currency": "IDR", "allocated": allocated, "spent": allocated // 3},
        "indicators": indicator_ids[number % max(1, len(indicator_ids)):][:2],
        "milestones": [{"name": {"id": "Peluncuran", "en": "Launch"}, "due": "2026-06-30", "done": number % 2 == 0}],
        "updatedAt": "2026-10-30T09:00:00+07:00",
    }


def city(dimensions, indicators, points, programs, describe):
    rng = random.Random(9)
    result = []
    for index in range(dimensions):
        dimension_id, name_id, name_en = DIMENSIONS[index % len(DIMENSIONS)]
        if index >= len(DIMENSIONS):
            dimension_id = f"{dimension_id}-{index}"
        items = [indicator(rng, dimension_id, number, points, describe) for number in range(indicators)]
        ids = [item["id"] for item in items]
        share = programs // dimensions + (1 if index < programs % dimensions else 0)
        result.append({
            "id": dimension_id,
            "name": {"id": name_id, "en": name_en},
            "areas": [{"id": "Layanan publik", "en": "Public services"}],
            "indicators": items,
            "programs": [program(rng, dimension_id, number, ids) for number in range(share)],
        })
    return {
        "format": "kotacerdas/v1",
        "city": {"id": "provinsi-uji", "name": "Provinsi Uji Beban", "timezone": "Asia/Jakarta"},
        "framework": {"id": "kemendagri", "name": {"id": "Enam Dimensi Kota Cerdas", "en": "Six smart-city dimensions"}},
        "asOf": "2026-10-31T17:00:00+07:00",
        "dimensions": result,
    }


def layout(value, level=0):
    """Indented JSON with each history point on one line, as hand-kept files look."""
    if isinstance(value, dict) and value and set(value) != {"at", "value"}:
        pad = "\n" + " " * (level + 1)
        members = [json.dumps(key, ensure_ascii=False) + ": " + layout(item, level + 1) for key, item in value.items()]
        return "{" + pad + ("," + pad).join(members) + "\n" + " " * level + "}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        pad = "\n" + " " * (level + 1)
        return "[" + pad + ("," + pad).join(layout(item, level + 1) for item in value) + "\n" + " " * level + "]"
    return json.dumps(value, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dimensions", type=int, default=1)
    parser.add_argument("--indicators", type=int, default=5000, help="indicators per dimension")
    parser.add_argument("--points", type=int, default=6, help="monthly history points per indicator")
    parser.add_argument("--programs", type=int, default=0, help="programmes in the whole city")
    parser.add_argument("--descriptions", action="store_true", help="give every indicator a description")
    parser.add_argument("output", help="the file to write; - for stdout")
    arguments = parser.parse_args()
    document = city(arguments.dimensions, arguments.indicators, arguments.points, arguments.programs,
                    arguments.descriptions)
    text = layout(document)
    if arguments.output == "-":
        sys.stdout.write(text)
    else:
        with open(arguments.output, "w", encoding="utf-8") as file:
            file.write(text)


if __name__ == "__main__":
    main()
