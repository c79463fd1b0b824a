#!/usr/bin/env python3
"""Writes the seed inputs for every fuzz target into Corpus/<target>/ from what the
repository already holds: the samples (trimmed, so each seed stays a few KiB), the
examples in docs/, the bundled themes and the config examples. Run once, then
`run.sh merge TARGET` keeps only the inputs that add coverage."""
import hashlib, json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "Fuzz" / "Corpus"

def put(target, text):
    data = text if isinstance(text, bytes) else text.encode()
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)

def code_blocks(path, language):
    return re.findall(r"```" + language + r"\n(.*?)```", path.read_text(), re.S)

def trimmed(document, keep):
    """The document with `keep` indicators, programmes and history points per dimension."""
    for dimension in document.get("dimensions", []):
        dimension["indicators"] = dimension.get("indicators", [])[:keep]
        for indicator in dimension["indicators"]:
            indicator["history"] = indicator.get("history", [])[:keep + 1]
        kept = {indicator["id"] for indicator in dimension["indicators"]}
        dimension["programs"] = dimension.get("programs", [])[:keep]
        for program in dimension["programs"]:
            program["indicators"] = [i for i in program.get("indicators", []) if i in kept]
            program["milestones"] = program.get("milestones", [])[:keep]
    return document

documents = []
for sample in sorted((root / "sample-data").glob("*.json")):
    whole = json.loads(sample.read_text())
    documents.append(json.dumps(trimmed(whole, 1), ensure_ascii=False, indent=1))
    small = trimmed(json.loads(sample.read_text()), 2)
    small["dimensions"] = small["dimensions"][:2]
    documents.append(json.dumps(small, ensure_ascii=False))
documents += code_blocks(root / "docs" / "data-format.md", "json")
for target in ["json", "decoder", "screens"]:
    for document in documents:
        put(target, document)
for fragment in ['[]', '{}', '"\\u00e9\\ud83d\\ude00"', '-0.5e-3', '[true,false,null]', '{"a":{"b":[1,{"c":""}]}}']:
    put("json", fragment)

configs = code_blocks(root / "docs" / "sources.md", "toml")
configs += re.findall(r'static let example = """\n(.*?)"""', (root / "Tests" / "KotaCerdasDataTests" / "ConfigurationTests.swift").read_text(), re.S)
configs += ["", 'theme = "mono"\n', '[kiosk]\nrotate = 30\nviews = []\n', '[[sources]]\nlocation = "demo"\nmax-body = 1024\n']
for config in configs:
    put("config", "\n".join(line.strip() for line in config.splitlines()) + "\n")

for theme in sorted((root / "themes").glob("*.theme")):
    put("theme", theme.read_text())
put("theme", "\n".join(code_blocks(root / "themes" / "README.md", "")))
