#!/usr/bin/env python3
"""A second, independent reader of brat standoff, in the way brat itself reads a document.

usage: brat_check.py DOC.txt DOC.ann annotation.conf

The .txt is read as brat reads it (UTF-8, no newline translation: CRLF counts as two
characters; Python strings count code points). The .ann is split into lines the way brat's
codecs readlines does (str.splitlines), so a line break hidden in a field shows up as a
broken line. Every T line's text must equal its fragments joined by one space; fragments must
lie inside the text, not overlap, and hold no line break; every reference must name a T line;
types and attribute values must be declared in annotation.conf. Prints a JSON count of each
kind of line; exits 1 listing the problems.
"""
import json
import sys


def read_conf(path):
    sections, current = {}, None
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                sections[current] = {}
                continue
            name, _, rest = line.replace("\t", " ", 1).partition(" ")
            sections[current][name] = rest.strip()
    values = {}
    for name, rest in sections.get("attributes", {}).items():
        for part in rest.split(","):
            key, _, value = part.strip().partition(":")
            if key == "Value":
                values[name] = set(value.split("|"))
    return set(sections.get("entities", {})), set(sections.get("relations", {})), values


def main(txt_path, ann_path, conf_path):
    with open(txt_path, encoding="utf-8", newline="") as f:
        text = f.read()
    with open(ann_path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    entities, relations, attribute_values = read_conf(conf_path)
    errors, counts, textbound = [], {}, {}
    line_break = set("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")

    for number, line in enumerate(lines, 1):
        where = "line %d (%r)" % (number, line[:60])
        if "\t" not in line:
            errors.append(where + ": no tab after the id")
            continue
        ident, tail = line.split("\t", 1)
        kind = ident[0]
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "T":
            data, _, rest = tail.partition("\t")
            etype, _, offsets = data.partition(" ")
            if etype not in entities:
                errors.append(where + ": entity type %r not in annotation.conf" % etype)
            spans = []
            for part in offsets.split(";"):
                start, end = (int(x) for x in part.split(" "))
                spans.append((start, end))
            previous_end = -1
            for start, end in spans:
                if not (0 <= start < end <= len(text)):
                    errors.append(where + ": fragment %d %d outside the text (%d)" % (start, end, len(text)))
                if start < previous_end:
                    errors.append(where + ": fragments overlap or are out of order")
                previous_end = end
                if any(c in line_break for c in text[start:end]):
                    errors.append(where + ": a fragment holds a line break")
            expected = " ".join(text[s:e] for s, e in spans)
            if rest != expected:
                errors.append(where + ": text %r is not the document's %r" % (rest, expected))
            textbound[ident] = etype
        elif kind == "R":
            rtype, _, args = tail.partition(" ")
            if rtype not in relations:
                errors.append(where + ": relation %r not in annotation.conf" % rtype)
            roles = dict(arg.split(":", 1) for arg in args.split())
            if set(roles) != {"Arg1", "Arg2"}:
                errors.append(where + ": a relation needs Arg1 and Arg2")
            for target in roles.values():
                if target not in textbound:
                    errors.append(where + ": %s is not a T line above" % target)
        elif kind == "A":
            name, target, value = tail.split(" ")
            if value not in attribute_values.get(name, set()):
                errors.append(where + ": %s=%s not declared in annotation.conf" % (name, value))
            if target not in textbound:
                errors.append(where + ": %s is not a T line" % target)
        elif kind == "*":
            etype, *members = tail.split(" ")
            if etype not in relations:
                errors.append(where + ": equivalence %r not in annotation.conf" % etype)
            if len(members) < 2 or any(m not in textbound for m in members):
                errors.append(where + ": an equivalence needs two or more T lines")
        elif kind == "#":
            head, _, note = tail.partition("\t")
            ntype, _, target = head.partition(" ")
            if ntype != "AnnotatorNotes" or target not in textbound or not note:
                errors.append(where + ": a note is AnnotatorNotes T… then its text")
        else:
            errors.append(where + ": unknown line kind %r" % kind)

    print(json.dumps(counts, sort_keys=True))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
