#!/usr/bin/env python3
"""Builds Herald's CAMEO codebook (herald-core/src/main/resources/herald/codes/cameo.tsv) from two published
fact tables: the CAMEO->Goldstein table and the CAMEO->PLOVER mapping (run from the repo root with ../shared
present). Codes 01x/02x have no PLOVER type, so their names are given here. Quad class follows the GDELT
convention: roots 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
14-20 material conflict (4)."""
import re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
NAMES_01_02 = {
    "01": "Make public statement", "010": "Make statement, not specified below", "011": "Decline comment",
    "012": "Make pessimistic comment", "013": "Make optimistic comment", "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility", "016": "Deny responsibility", "017": "Engage in symbolic act",
    "018": "Make empathetic comment", "019": "Express accord",
    "02": "Appeal", "020": "Make an appeal or request", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation", "023": "Appeal for aid", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property", "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement", "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate", "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}
ROOTS = {"03": "Express intent to cooperate", "04": "Consult", "05": "Engage in diplomatic cooperation",
         "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield", "09": "Investigate",
         "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten", "14": "Protest",
         "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
         "19": "Fight", "20": "Use unconventional mass violence"}

gold = {}
for line in open(f"{shared}/cameo/goldstein.tsv"):
    code, _, val = line.strip().partition("\t")
    if code and code != "cameo_code":
        gold[code] = val
plover = {}
for line in open(f"{shared}/plover/CAMEO2PLOVER-2021.txt"):
    m = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line.rstrip())
    if not m:
        continue
    code, fields, name = m.group(1), [f.strip() for f in m.group(2).split(",")], (m.group(3) or "").strip()
    if len(code) == 2 and not name:
        continue
    plover.setdefault(code, (fields[0] if fields else "", fields[1] if len(fields) > 1 else "", name))

def quad(code):
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

out = ["# Herald CAMEO codebook: built by scripts/build-cameo-codebook.py from published fact tables.",
       "code\tname\tgoldstein\tquad\tplover_type\tplover_mode"]
for code in sorted(gold, key=lambda c: (c[:2], c)):
    root_type = plover.get(code[:3] if len(code) > 3 else code, ("", "", ""))[0]
    ptype, mode, name = plover.get(code, ("", "", ""))
    if len(code) == 2:
        name = NAMES_01_02.get(code) or ROOTS[code]
        ptype = ptype or plover.get(code + "0", ("", "", ""))[0]
    name = name or NAMES_01_02.get(code, "")
    if not name:
        sys.exit(f"no name for CAMEO {code}")
    out.append("\t".join([code, name, gold[code], str(quad(code)), ptype or root_type, mode]))
open("herald-core/src/main/resources/herald/codes/cameo.tsv", "w").write("\n".join(out) + "\n")
print(len(out) - 2, "codes")
