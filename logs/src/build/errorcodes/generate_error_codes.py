#!/usr/bin/env python3
"""Generates osdkit's error-code table (error-codes.csv and facilities.csv) from public header listings.

What it takes from the headers: symbolic names and their numeric values, nothing else (no comment text).
What it adds: the domain and facility of each code, a short description (osdkit's own wording from
written-descriptions.csv, else a plain phrase derived from the symbolic name, marked "from-name"), the
source of each row and whether two independent listings agree on it. Curated rows that no header has
(USMT return codes, ConfigMgr codes) come from usmt.csv and configmgr.csv beside this script.

Usage (see README.md beside this script):
    apt-get install mingw-w64-x86-64-dev          # mingw-w64 headers
    apt-get download libwine-dev && wine=$(mktemp -d) && dpkg-deb -x libwine-dev_*.deb "$wine"   # Wine headers
    python3 generate_error_codes.py --mingw "$(dpkg -L mingw-w64-x86-64-dev | grep -m1 '/include$')" \
        --wine "$wine"/usr/include/wine/wine/windows --out ../../main/resources/org/osdkit/logs/errorcodes
"""
import argparse
import ast
import csv
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

MINGW = "mingw-w64 10.0.0 headers (Debian mingw-w64-x86-64-dev 10.0.0-3)"
WINE = "Wine 8.0 headers (Debian libwine-dev 8.0~repack-4)"

SHORT = {MINGW: "mingw-w64 10.0.0", WINE: "Wine 8.0"}

# (file, domain used for codes of the Win32 range 0-15999 it defines)
HEADERS = ["winerror.h", "ntstatus.h", "bitsmsg.h", "wuerror.h", "winhttp.h", "wininet.h", "lmerr.h", "wbemcli.h", "dismapi.h"]
SMALL_DOMAIN = {"winerror.h": "Win32", "winhttp.h": "WinHTTP", "wininet.h": "WinINet", "lmerr.h": "NetAPI"}

DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*(?:/[/*].*)?$")
ENUM = re.compile(r"^\s*([A-Z][A-Z0-9_]+)\s*=\s*(0x[0-9A-Fa-f]+|[0-9]+)\s*,?\s*(?:/[/*].*)?$")

# Names that are ranges, masks or helpers, not codes.
NOT_A_CODE = re.compile(r"^(FACILITY_|SEVERITY_|STATUS_SEVERITY_|_)|(_BASE|_LAST|_FIRST|_MASK|_END|_START|BASEERR|_LIMIT|_MIN|_MAX)$|"
                        r"^(INTERNET_ERROR_MASK|WINHTTP_ERROR|INTERNET_ERROR|NERR_BASE|MAX_NERR|MIN_LANMAN_MESSAGE_ID|MAX_LANMAN_MESSAGE_ID|"
                        r"APPLICATION_ERROR_MASK|ERROR_SEVERITY_|NOERROR$|SEVERITY)")


def evaluate(expr, known):
    """The integer value of a header expression, or None when it is not a plain constant expression."""
    e = expr.strip()
    e = re.sub(r"__MSABI_LONG|_HRESULT_TYPEDEF_|_NDIS_ERROR_TYPEDEF_|\(\s*(?:NTSTATUS|HRESULT|DWORD|LONG|SCODE|long)\s*\)|\bMAKE_HRESULT\b", "", e)
    e = re.sub(r"\b(0[xX][0-9A-Fa-f]+|[0-9]+)[uUlL]+\b", r"\1", e)

    def name(m):
        n = m.group(0)
        if re.fullmatch(r"0[xX][0-9A-Fa-f]+|[0-9]+", n):
            return n
        return str(known[n]) if n in known else "UNKNOWN"
    e = re.sub(r"\b[A-Za-z_][A-Za-z0-9_]*\b", name, e)
    if "UNKNOWN" in e or not e:
        return None
    try:
        tree = ast.parse(e, mode="eval")
    except SyntaxError:
        return None
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.BitOr, ast.BitAnd, ast.LShift,
               ast.USub, ast.Invert)
    if not all(isinstance(n, allowed) for n in ast.walk(tree)):
        return None
    v = eval(compile(tree, "<header>", "eval"))  # only integer arithmetic nodes remain
    return v & 0xFFFFFFFF if isinstance(v, int) else None


def read_header(path):
    """(name, value, via_hresult) for each constant, in file order."""
    out = []
    known = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = DEFINE.match(line) or ENUM.match(line)
            if not m:
                continue
            n, expr = m.group(1), m.group(2)
            v = evaluate(expr, known)
            if v is None:
                continue
            known[n] = v
            out.append((n, v, bool(re.search(r"_HRESULT_TYPEDEF_|\(\s*(HRESULT|SCODE|NTSTATUS)\s*\)", expr)) or v > 0xFFFF))
    return out


def facility_of(value):
    return (value >> 16) & 0x7FF


def load_facilities(listings):
    """number -> (name, sources) from FACILITY_* defines of every listing's winerror.h."""
    fac = OrderedDict()
    for label, folder in listings:
        p = os.path.join(folder, "winerror.h")
        if not os.path.exists(p):
            continue
        for n, v, _ in read_header(p):
            if n.startswith("FACILITY_") and v < 0x800:
                names, srcs = fac.setdefault(v, ([], []))
                short = n[len("FACILITY_"):]
                if short not in names:
                    names.append(short)
                if label not in srcs:
                    srcs.append(label)
    return fac


ACRONYMS = {"DNS", "RPC", "HTTP", "HTTPS", "URL", "DLL", "EXE", "ID", "SID", "ACL", "CRC", "EFS", "WMI", "COM", "OLE", "BITS", "MSI",
            "TPM", "VHD", "USB", "SMB", "IO", "IP", "TCP", "UDP", "SSL", "TLS", "DHCP", "WINS", "SQL", "XML", "GUID", "CLSID", "API",
            "OS", "NTFS", "FAT", "CD", "DVD", "UI", "LUID", "UPN", "SPN", "KDC", "PKU2U", "CSP", "CRL", "CTL", "OID", "ASN", "DS",
            "WIM", "UEFI", "EFI", "BIOS", "ACPI", "PNP", "INF", "WSUS", "WU", "WUA", "AU", "PT", "DM", "SIH", "DRM", "IPSEC", "IKE",
            "NAP", "COM+", "DTC", "MSMQ", "VSS", "ISCSI", "SCSI", "RAID", "GPT", "MBR", "LDAP", "AD", "NT", "NTLM", "TS", "RDP", "WS",
            "WSA", "EA", "MUI", "SXS", "CMD", "PIN", "SMS", "IIS", "ETW", "OEM", "PE", "UAC", "TOKEN", "LSA", "SAM", "DC", "FSRM",
            "NDIS", "VM", "CPU", "GPU", "WDDM", "HID", "DFS", "DFSR", "FRS", "RM", "KTM", "TXF", "CIM", "DISM", "CBS", "WER"}
WORDS = {"INVALID": "invalid", "DS": "directory service", "ATTR": "attribute", "ATT": "attribute", "INFO": "information",
         "DIR": "directory", "PARAM": "parameter", "PARAMS": "parameters", "CONFIG": "configuration", "MSG": "message", "SVC": "service",
         "SRV": "server", "DEV": "device", "OBJ": "object", "REQ": "request", "RESP": "response", "ERR": "error", "CERT": "certificate",
         "CERTS": "certificates", "PWD": "password", "DB": "database", "ALLOC": "allocation", "AUTH": "authentication",
         "NO": "no", "NOT": "not", "EXCL": "exclusive", "SRC": "source", "DEST": "destination", "MEM": "memory", "REG": "registry"}
STRIP = re.compile(r"^(?:ERROR_WINHTTP|ERROR_INTERNET|ERROR_HTTP|ERROR_FTP|ERROR_GOPHER|DNS_ERROR|DNS_INFO|APPMODEL_ERROR|FRS_ERR|RPC_S|"
                   r"RPC_X|EPT_S|ERROR|STATUS|NERR|DNS|OR|WSAE|WSA|NTE|DBG|WARNING|WAIT)_|^(?:[A-Z0-9]+_)*?(?:E|S|I|W|X|NT)_")
# Where a name alone does not say which component speaks.
CONTEXT = {"WinHTTP": "WinHTTP: ", "WinINet": "WinINet: ", "NetAPI": "Network management: ", "BITS": "BITS: ", "HTTP": "BITS/HTTP: ",
           "WindowsUpdate": "Windows Update: ", "WMI": "WMI: ", "DISM": "DISM: ", "Setup": "Servicing: "}


def words_of(symbol):
    body = symbol
    m = STRIP.match(body)
    if m and m.end() < len(body):
        body = body[m.end():]
    if "_" not in body and re.search(r"[a-z]", body):
        body = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", body)  # NERR_NetNotStarted
    out = []
    for w in body.split("_"):
        if not w:
            continue
        u = w.upper()
        if u in WORDS and u not in ("NO", "NOT"):
            out.append(WORDS[u])
        elif u in ACRONYMS:
            out.append(u)
        else:
            out.append(w.lower())
    return " ".join(out)


def from_name(symbol, domain):
    text = words_of(symbol)
    if not text:
        text = symbol.lower()
    text = text[0].upper() + text[1:]
    return CONTEXT.get(domain, "") + text + "."


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mingw", required=True)
    ap.add_argument("--wine", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    listings = [(MINGW, args.mingw), (WINE, args.wine)]

    facilities = load_facilities(listings)
    extra_fac = read_csv("extra-facilities.csv")
    fac_names = {v: names[0] for v, (names, _) in facilities.items()}
    for r in extra_fac:
        fac_names.setdefault(int(r["number"]), r["name"])

    # (domain, key) -> row; key is the decimal number (Win32 range) or the 32-bit value.
    rows = OrderedDict()
    for label, folder in listings:
        for h in HEADERS:
            p = os.path.join(folder, h)
            if not os.path.exists(p):
                continue
            for n, v, via_hresult in read_header(p):
                if NOT_A_CODE.search(n):
                    continue
                if h == "ntstatus.h":
                    if v <= 0xFFFF or not re.match(r"^(STATUS|DBG|RPC_NT|EPT_NT)_", n):
                        continue  # success/wait values collide with Win32 numbers; keep the real statuses
                    domain, fac = "NTSTATUS", "NTSTATUS"
                    key = v
                elif h in SMALL_DOMAIN and not via_hresult and v <= 15999:
                    if h == "lmerr.h" and not n.startswith("NERR_"):
                        continue
                    if h in ("winhttp.h", "wininet.h") and not (12000 <= v <= 12999 and n.startswith("ERROR_")):
                        continue
                    domain, fac = SMALL_DOMAIN[h], "WIN32"
                    key = v
                elif via_hresult or v > 0xFFFF:
                    if h in ("winhttp.h", "wininet.h", "lmerr.h"):
                        continue
                    if v < 0x80000000 and not re.match(r"^[A-Z0-9_]*(S|I|W)_|^(S_OK|S_FALSE|NOERROR|SEC_E_OK)$|^[A-Z0-9_]+_SUCCESS$", n) and v > 0xFFFF:
                        pass
                    f = facility_of(v)
                    fac = fac_names.get(f, "unknown")
                    domain = {"bitsmsg.h": "BITS", "wuerror.h": "WindowsUpdate", "wbemcli.h": "WMI", "dismapi.h": "DISM"}.get(h, "HRESULT")
                    if domain == "BITS" and f == 25:
                        domain = "HTTP"
                    key = v
                else:
                    continue
                r = rows.get((domain, key))
                if r is None:
                    r = {"domain": domain, "facility": fac, "key": key, "symbols": [], "seen": OrderedDict()}
                    rows[(domain, key)] = r
                if n not in r["symbols"]:
                    r["symbols"].append(n)
                r["seen"].setdefault(label, set()).add(h)

    # Name conflicts: one symbol with different values in the two listings.
    values_by_symbol = {}
    for r in rows.values():
        for s in r["symbols"]:
            values_by_symbol.setdefault((r["domain"], s), set()).add(r["key"])

    written = {(r["code"].lower(), r["symbol"]): r for r in read_csv("written-descriptions.csv")}
    out_rows = []
    for r in rows.values():
        sym = pick_primary(r["symbols"], r["domain"])
        aliases = [s for s in r["symbols"] if s != sym]
        code = fmt_code(r["domain"], r["key"])
        w = written.get((code.lower(), sym))
        desc, kind = (w["description"], "written") if w else (from_name(sym, r["domain"]), "from-name")
        files = sorted({h for hs in r["seen"].values() for h in hs})
        src = "/".join(files) + " (" + ", ".join(SHORT[lab] for lab in r["seen"]) + " header listings)"
        if any(len(values_by_symbol[(r["domain"], s)]) > 1 for s in r["symbols"]):
            verified = "conflict: the listings give this symbol different values"
        elif len(r["seen"]) >= 2:
            verified = "yes: mingw-w64 and Wine listings agree"
        else:
            verified = "single listing: " + ("mingw-w64" if MINGW in r["seen"] else "Wine") + " only"
        out_rows.append([code, r["domain"], r["facility"], sym, " ".join(aliases), desc, kind, src, verified])
    cbs_label = "Windows SDK winerror.h names, not in the mingw-w64/Wine listings; taken from one public code listing (cbs.csv)"
    for r in read_csv("cbs.csv"):
        w = written.get((r["code"].lower(), r["symbol"]))
        desc, kind = (w["description"], "written") if w else (from_name(r["symbol"], "Setup"), "from-name")
        out_rows.append([r["code"], "Setup", "SETUPAPI", r["symbol"], "", desc, kind, cbs_label, "single listing: one public code listing"])
    for extra in ("usmt.csv", "configmgr.csv"):
        for r in read_csv(extra):
            out_rows.append([r["code"], r["domain"], r["facility"], r["symbol"], "", r["description"], "written", r["source"], r["verified"]])
    unused = set(written) - {(o[0].lower(), o[3]) for o in out_rows}
    if unused:
        sys.exit("written-descriptions.csv names codes no listing has: " + ", ".join(sorted(f"{c} {s}" for c, s in unused)))

    def order(o):
        c = o[0]
        return (0 if not c.startswith("0x") else 1, int(c, 16) if c.startswith("0x") else int(c), o[1])
    out_rows.sort(key=order)
    with open(os.path.join(args.out, "error-codes.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["code", "domain", "facility", "symbol", "aliases", "description", "description_kind", "source", "verified"])
        wr.writerows(out_rows)
    with open(os.path.join(args.out, "facilities.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["number", "name", "aliases", "source"])
        for v in sorted(set(facilities) | {int(r["number"]) for r in extra_fac}):
            if v in facilities:
                names, srcs = facilities[v]
                wr.writerow([v, names[0], " ".join(names[1:]), "winerror.h (" + ", ".join(SHORT[x] for x in srcs) + " header listings)"])
            else:
                r = next(r for r in extra_fac if int(r["number"]) == v)
                wr.writerow([v, r["name"], "", r["source"]])
    print(f"{len(out_rows)} codes, {len(set(facilities) | {int(r['number']) for r in extra_fac})} facilities", file=sys.stderr)


PREFERRED = {"Win32": ("ERROR_", "WSAE", "RPC_S_", "DNS_ERROR_"), "NTSTATUS": ("STATUS_",)}


def pick_primary(symbols, domain):
    for p in PREFERRED.get(domain, ()):
        for s in symbols:
            if s.startswith(p):
                return s
    return symbols[0]


def fmt_code(domain, key):
    if domain in ("Win32", "WinHTTP", "WinINet", "NetAPI"):
        return str(key)
    return f"0x{key:08X}"


def read_csv(name):
    p = os.path.join(HERE, name)
    if not os.path.exists(p):
        return []
    with open(p, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(row for row in f if not row.startswith("#"))]


if __name__ == "__main__":
    main()
