/// A small city document for tests of update and screens, as JSON text: three
/// dimensions with every indicator and programme status, a lower-is-better indicator,
/// one without a value, an overdue milestone, stale data and wide characters.
enum ScreenFixture {
    static let json = #"""
{
  "format": "kotacerdas/v1",
  "city": { "id": "kota-uji", "name": "Kota Uji", "province": "Jawa Timur", "timezone": "Asia/Jakarta" },
  "framework": { "id": "kemendagri", "name": { "id": "Kota Cerdas Kemendagri", "en": "Kemendagri Smart City" } },
  "asOf": "2026-10-31T17:00:00+07:00",
  "dimensions": [
    {
      "id": "governance",
      "name": { "id": "Tata Kelola Cerdas", "en": "Smart Governance" },
      "goal": { "id": "Pemerintahan yang terbuka, cepat dan berbasis data", "en": "Open, fast, data-driven government" },
      "areas": [ "SDM", { "id": "Partisipasi", "en": "Participation" }, "Layanan" ],
      "indicators": [
        { "id": "gov-spbe", "name": { "id": "Indeks SPBE", "en": "SPBE index" }, "unit": "indeks",
          "value": 3.12, "target": 3.5, "baseline": 2.4, "better": "higher", "warn": 3.2, "critical": 2.5, "weight": 2,
          "history": [ { "at": "2026-05", "value": 2.7 }, { "at": "2026-06", "value": 2.8 }, { "at": "2026-07", "value": 2.85 },
                       { "at": "2026-08", "value": 2.9 }, { "at": "2026-09", "value": 3.0 } ],
          "source": "Diskominfo", "updatedAt": "2026-10-31T16:58:00+07:00",
          "description": { "id": "Indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi KemenPAN-RB.", "en": "Electronic-government index from the KemenPAN-RB evaluation." } },
        { "id": "gov-complaints", "name": { "id": "Aduan selesai ≤ 5 hari", "en": "Complaints closed ≤ 5 days" }, "unit": "%",
          "value": 91.5, "target": 90, "better": "higher", "weight": 1,
          "history": [ { "at": "2026-07", "value": 84 }, { "at": "2026-08", "value": 88 }, { "at": "2026-09", "value": 90.2 } ],
          "updatedAt": "2026-10-30T09:00:00+07:00" },
        { "id": "gov-open-data", "name": { "id": "Dataset terbuka", "en": "Open datasets" }, "unit": "dataset",
          "value": 120, "target": 200, "baseline": 150, "better": "higher", "weight": 1,
          "history": [ { "at": "2026-08", "value": 110 }, { "at": "2026-09", "value": 115 } ],
          "updatedAt": "2026-10-15" },
        { "id": "gov-response", "name": { "id": "Waktu tanggap layanan", "en": "Service response time" }, "unit": "menit",
          "better": "lower", "target": 30, "weight": 1 }
      ],
      "programs": [
        { "id": "gov-satu-data", "name": "Satu Data Kota Uji", "area": 2, "owner": "Diskominfo", "status": "on-track",
          "progress": 0.62, "start": "2025-01-01", "end": "2026-12-31",
          "budget": { "currency": "IDR", "allocated": 4500000000, "spent": 2100000000 },
          "indicators": [ "gov-spbe", "gov-open-data" ],
          "milestones": [ { "name": "Portal data", "due": "2026-03-31", "done": true },
                          { "name": { "id": "Integrasi OPD", "en": "Agency integration" }, "due": "2026-09-30", "done": false },
                          { "name": { "id": "Audit mutu", "en": "Quality audit" }, "due": "2026-12-15", "done": false } ],
          "updatedAt": "2026-10-31T10:00:00+07:00",
          "description": { "id": "Satu portal data untuk semua perangkat daerah.", "en": "One data portal for every agency." } },
        { "id": "gov-lapor", "name": { "id": "Kanal aduan terpadu", "en": "Unified complaints channel" }, "area": 3, "owner": "Bagian Organisasi",
          "status": "delayed", "progress": 0.3, "start": "2026-01-01", "end": "2026-12-31",
          "budget": { "currency": "IDR", "allocated": 850000000, "spent": 600000000 },
          "indicators": [ "gov-complaints", "gov-spbe" ] }
      ]
    },
    {
      "id": "environment",
      "name": { "id": "Lingkungan Cerdas", "en": "Smart Environment" },
      "goal": { "id": "Kota yang bersih dan tangguh iklim", "en": "A clean, climate-resilient city" },
      "indicators": [
        { "id": "env-waste", "name": { "id": "Sampah terkelola", "en": "Waste managed" }, "unit": "%",
          "value": 64, "target": 80, "baseline": 55, "better": "higher", "warn": 75, "critical": 65,
          "history": [ { "at": "2026-06", "value": 60 }, { "at": "2026-07", "value": 62 }, { "at": "2026-08", "value": 66 }, { "at": "2026-09", "value": 65 } ],
          "updatedAt": "2026-08-20" },
        { "id": "env-pm25", "name": "PM2.5", "unit": "µg/m³", "value": 38, "target": 35, "better": "lower", "warn": 40, "critical": 55,
          "history": [ { "at": "2026-07", "value": 45 }, { "at": "2026-08", "value": 41 } ],
          "updatedAt": "2026-08-28" }
      ],
      "programs": [
        { "id": "env-bank-sampah", "name": { "id": "Bank sampah kelurahan", "en": "Neighbourhood waste banks" }, "owner": "DLH",
          "status": "at-risk", "progress": 0.4, "start": "2026-02-01", "end": "2027-01-31",
          "indicators": [ "env-waste" ] }
      ]
    },
    {
      "id": "mobility",
      "name": { "id": "Mobilitas Cerdas", "en": "Smart Mobility" },
      "indicators": [
        { "id": "mob-bus", "name": { "id": "Penumpang bus kota per hari", "en": "City bus riders per day" }, "unit": "orang",
          "value": 12500, "target": 12000, "better": "higher",
          "history": [ { "at": "2026-08", "value": 11000 }, { "at": "2026-09", "value": 11800 } ],
          "updatedAt": "2026-10-31T08:00:00+07:00" }
      ],
      "programs": [
        { "id": "mob-halte", "name": { "id": "Halte pintar", "en": "Smart bus stops" }, "owner": "Dishub", "status": "completed",
          "progress": 1, "start": "2025-03-01", "end": "2026-06-30",
          "budget": { "currency": "IDR", "allocated": 1200000000, "spent": 1150000000 },
          "indicators": [ "mob-bus" ] },
        { "id": "mob-parkir", "name": { "id": "Parkir elektronik", "en": "Electronic parking" }, "owner": "Dishub", "status": "planned",
          "start": "2027-01-01", "end": "2027-12-31" }
      ]
    }
  ]
}
"""#
}
