"""Reads every sheet of a workbook with openpyxl (Debian python3-openpyxl), independently of
ValueSeg, and prints each sheet's cells (values as Excel stores them: numbers, text, None) and
the number format of every cell of the second row, as JSON.

    /usr/bin/python3 tests/reference/read_xlsx_cells.py scores.xlsx
"""
import json
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    second = list(ws.iter_rows(min_row=2, max_row=2))
    out[ws.title] = {
        "rows": rows,
        "formats": [c.number_format for c in second[0]] if second else [],
        "frozen": ws.freeze_panes,
    }
print(json.dumps(out, ensure_ascii=False))
