#!/usr/bin/env python3
"""Validates FHIR JSON files with the Python `fhir.resources` models (pydantic),
an independent reading of the FHIR specification.

usage: tests/browser/.venv/bin/python check_fhir.py FILE.json...

fhir.resources 8 has the R5 models, and R4B and STU3 beside them, but not R4:
backcheck writes R4, and R4B is R4 with a few resources added or changed
(Questionnaire, QuestionnaireResponse, Bundle, Observation and CodeSystem read
the same), so each file is read with the R4B model of its resourceType; a
Bundle's entries are read with their own models. Prints one JSON object: by
file, "ok" or the validation errors. Exit code 0 when every file is valid, 1
when one is not, 2 on a usage error.
"""
import json
import sys

from fhir.resources.R4B import get_fhir_model_class


def check(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        model = get_fhir_model_class(data["resourceType"])
        model.model_validate(data)
        return "ok"
    except Exception as e:  # a validation error or a file that is not FHIR at all
        return f"{type(e).__name__}: {e}"


def main(files):
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    results = {f: check(f) for f in files}
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0 if all(r == "ok" for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
