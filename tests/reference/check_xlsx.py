"""Reads the analysis workbook with openpyxl (Debian python3-openpyxl), independently of
ValueSeg, and prints its sheets, each sheet's header, row count, the number format and type of
the first data row's cells, and the customers sheet's first row.

    /usr/bin/python3 tests/reference/check_xlsx.py analysis.xlsx
"""
import json
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "tables": {}}
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0]) if rows else []
    second = list(ws.iter_rows(min_row=2, max_row=2))
    out["tables"][ws.title] = {
        "header": header,
        "rows": ws.max_row,
        "formats": [c.number_format for c in second[0]] if second else [],
        "types": [type(c.value).__name__ for c in second[0]] if second else [],
        "first": [c.value for c in second[0]] if second else [],
        "texts": [str(v) for r in rows for v in r if isinstance(v, str)][:400],
    }
print(json.dumps(out, ensure_ascii=False, default=str))
