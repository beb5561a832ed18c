#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every answer of phonedesk-sandbox, checked against Clerk's official Backend API OpenAPI document.

Starts the sandbox on a free port, drives the user and phone-number endpoints (listing, filters,
cursor, count, single reads, every phone-number change, and the error answers) and validates each
body against the schema the spec gives for that path, method and status. Fields that a schema does
not list are reported too, so an answer holds nothing the spec does not allow.

Usage: validate_openapi.py --sandbox PATH --spec PATH. Exits 1 if any case fails.
"""

import argparse
import json
import os
import re
import select
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml
from jsonschema.exceptions import best_match

SECRET_KEY = "sk_test_phonedesk_demo"
USERS = 600
PAGE = 500
MAX_REASONS = 5
# Phone-number verification variants the demo data must contain, so that each is validated.
VARIANTS = ("none", "otp verified", "otp unverified", "otp expired", "otp failed", "admin")
# Numbers for the write cases, tried in order: the first one the sandbox accepts is used.
CANDIDATE_NUMBERS = ("+447700900123", "+14155550123", "+33612345678", "+4915112345678", "+61412345678",
                     "+447700900456", "+12025550187")
UNIVERSAL_CODE = "424242"

# ---- OpenAPI 3.0 to JSON Schema -----------------------------------------------------------------

# OpenAPI-only annotations; none of them constrains a value.
_ANNOTATIONS = {"nullable", "discriminator", "example", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml"}


def to_json_schema(schema):
    """Converts one OpenAPI 3.0 schema (and everything nested in it) to draft-7 JSON Schema."""
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties"):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = to_json_schema(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [to_json_schema(sub) for sub in value]
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            # 3.0 spells these as flags on minimum/maximum; draft 7 wants the bound itself.
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and bound in schema:
                out[key] = schema[bound]
        else:
            out[key] = value
    for key in ("exclusiveMinimum", "exclusiveMaximum"):
        bound = "minimum" if key == "exclusiveMinimum" else "maximum"
        if key in out and out.get(bound) == out[key]:
            del out[bound]
    if "$ref" in out:
        # A 3.0 reference ignores its siblings (nullable aside, handled below); draft 7 does the same.
        out = {"$ref": out["$ref"]}
    if schema.get("nullable") is True:
        if any(k in out for k in ("$ref", "allOf", "anyOf", "oneOf", "not")):
            # Widening "type" alone would still let every branch refuse null.
            out = {"anyOf": [{"type": "null"}, out]}
        else:
            if "type" in out:
                out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = list(out["enum"]) + [None]
    return out


def _json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _child_path(path, key):
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


class Spec:
    def __init__(self, path):
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(path, encoding="utf-8") as handle:
            self.raw = yaml.load(handle, Loader=loader)
        schemas = self.raw["components"]["schemas"]
        self.document = {"components": {"schemas": {name: to_json_schema(s) for name, s in schemas.items()}}}
        self.resolver = jsonschema.RefResolver(base_uri="", referrer=self.document)
        self.error_schema = {"$ref": "#/components/schemas/ClerkErrors"}

    def has_operation(self, template, method):
        return method.lower() in self.raw.get("paths", {}).get(template, {})

    def _follow(self, node):
        while isinstance(node, dict) and "$ref" in node:
            target = self.raw
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def response_schema(self, template, method, status):
        """The JSON Schema for an answer, and where in the spec it comes from (or None and why not)."""
        operation = self.raw.get("paths", {}).get(template or "", {}).get(method.lower())
        if operation is not None:
            responses = operation.get("responses", {})
            response = None
            for key in (str(status), status, f"{str(status)[0]}XX", "default"):
                if key in responses:
                    response = self._follow(responses[key])
                    break
            if response is not None:
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is None:
                    return None, f"the spec's {status} answer of {method} {template} has no application/json schema"
                return to_json_schema(schema), f"{method} {template} {status}"
        if status >= 400:
            # Clerk answers every error with ClerkErrors, also where a path does not list that status.
            return self.error_schema, "components.schemas.ClerkErrors"
        if operation is None:
            return None, f"the spec has no {method} {template}"
        return None, f"the spec documents no {status} answer for {method} {template}"

    def validator(self, schema):
        return jsonschema.Draft7Validator(schema, resolver=self.resolver)

    def deref(self, schema):
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 32:
            schema = self.resolver.resolve(schema["$ref"])[1]
            seen += 1
        return schema

    def schema_errors(self, validator, instance):
        messages = []
        for error in sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
            if error.context:
                # "is not valid under any of the given schemas" says little, and repeats the whole
                # value; the branch the value was meant for says why it fails.
                reasons = "; ".join(f"{leaf.json_path}: {_short(leaf.message)}" for leaf in self._explain(error))
                messages.append(f"schema: {error.json_path} matches no branch of its {error.validator}: {reasons}")
            else:
                messages.append(f"schema: {error.json_path}: {_short(error.message)}")
        return messages

    def _explain(self, error):
        if not error.context:
            return [error]
        branches = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        candidates = [i for i in branches if self._compatible(error.validator_value[i], error.instance)]
        if len(candidates) != 1:
            candidates = [best_match(error.context).relative_schema_path[0]]
        return [leaf for sub in branches[candidates[0]] for leaf in self._explain(sub)]

    # A schema that lists properties and says nothing about others is taken as closed: that is
    # how an answer is held to "nothing the schema does not allow". Compositions are checked on
    # the branches the value really matches, so one variant's fields do not excuse another's.
    def unexpected_fields(self, validator, instance, schema, path="$"):
        found = []
        parts = self._applicable(validator, schema, instance)
        if isinstance(instance, dict):
            objects = [p for p in parts if {"properties", "additionalProperties", "patternProperties"} & p.keys()]
            declared = any("properties" in p for p in objects)
            explicit = any("additionalProperties" in p for p in objects)
            known = set()
            patterns = []
            for part in objects:
                known.update(part.get("properties", {}))
                patterns.extend(part.get("patternProperties", {}))
            for key, value in instance.items():
                child = _child_path(path, key)
                listed = key in known or any(re.search(p, key) for p in patterns)
                if declared and not explicit and not listed:
                    found.append(f"unexpected field: {child} is not among the schema's properties")
                for part in objects:
                    if key in part.get("properties", {}):
                        found.extend(self.unexpected_fields(validator, value, part["properties"][key], child))
                    elif isinstance(part.get("additionalProperties"), dict) and not listed:
                        found.extend(self.unexpected_fields(validator, value, part["additionalProperties"], child))
        elif isinstance(instance, list):
            for part in parts:
                if isinstance(part.get("items"), dict):
                    for index, item in enumerate(instance):
                        found.extend(self.unexpected_fields(validator, item, part["items"], _child_path(path, index)))
        return list(dict.fromkeys(found))

    def _applicable(self, validator, schema, instance):
        parts = []
        stack = [schema]
        while stack:
            current = self.deref(stack.pop())
            if not isinstance(current, dict):
                continue
            parts.append(current)
            stack.extend(current.get("allOf", []))
            for keyword in ("anyOf", "oneOf"):
                branches = current.get(keyword)
                if not branches:
                    continue
                chosen = [b for b in branches if validator.evolve(schema=b).is_valid(instance)]
                if not chosen:
                    # Nothing matches (already a schema failure): still look inside the one branch
                    # the value was evidently meant for, if there is exactly one.
                    compatible = [b for b in branches if self._compatible(b, instance)]
                    chosen = compatible if len(compatible) == 1 else []
                stack.extend(chosen)
        return parts

    def _compatible(self, branch, instance):
        branch = self.deref(branch)
        if not isinstance(branch, dict):
            return False
        types = branch.get("type")
        if types is not None:
            types = types if isinstance(types, list) else [types]
            kind = _json_type(instance)
            if kind not in types and not (kind == "integer" and "number" in types):
                return False
        if isinstance(instance, dict) and "object" in instance:
            enum = branch.get("properties", {}).get("object", {}).get("enum")
            if enum is not None and instance["object"] not in enum:
                return False
        return True


def _short(text, limit=300):
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ---- the sandbox --------------------------------------------------------------------------------

class Sandbox:
    def __init__(self, program):
        self.program = program
        self.process = None
        self.url = None

    def start(self):
        # The key goes through the environment, so that a key inherited from it cannot differ.
        env = dict(os.environ, PHONEDESK_SANDBOX_SECRET_KEY=SECRET_KEY)
        self.process = subprocess.Popen(
            [self.program, "--host", "127.0.0.1", "--port", "0", "--users", str(USERS), "--seed", "7"],
            stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 20
        line = b""
        while not line.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                raise RuntimeError(f"phonedesk-sandbox did not print its address (got {line!r})")
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 1)
                if not chunk:
                    raise RuntimeError(f"phonedesk-sandbox closed its output (got {line!r})")
                line += chunk
        match = re.match(r"listening on (http://\S+)", line.decode("utf-8", "replace").strip())
        if not match:
            raise RuntimeError(f"unexpected first line from phonedesk-sandbox: {line!r}")
        self.url = match.group(1).rstrip("/")
        # A full pipe would stall the server; whatever else it prints is read and dropped.
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        try:
            while os.read(self.process.stdout.fileno(), 65536):
                pass
        except OSError:
            pass

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


# ---- cases --------------------------------------------------------------------------------------

class Response:
    def __init__(self, status, headers, raw):
        self.status = status
        self.headers = headers
        self.raw = raw
        self.json = None
        self.json_error = None
        try:
            self.json = json.loads(raw.decode("utf-8")) if raw else None
            if not raw:
                self.json_error = "empty body"
        except ValueError as error:
            self.json_error = f"body is not JSON: {error}"


class Runner:
    def __init__(self, base_url, spec):
        self.base_url = base_url
        self.spec = spec
        self.passed = 0
        self.failed = 0
        # Loopback only: a proxy from the environment must not see these requests.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def request(self, method, path, query=None, body=None, auth=SECRET_KEY):
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if auth is not None:
            headers["Authorization"] = f"Bearer {auth}"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=15) as answer:
                return Response(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, error.headers, error.read())

    def case(self, method, path, template, expect_status, *, query=None, body=None, auth=SECRET_KEY,
             expect_code=None, check=None, response=None):
        """Sends one request (or takes the given answer), checks it, prints the verdict, returns the body."""
        if response is None:
            response = self.request(method, path, query, body, auth)
        shown = path + ("?" + urllib.parse.urlencode(query) if query else "")
        self.record(method, shown, response.status, self.verify(method, template, expect_status, response,
                                                                 expect_code, check))
        return response.json if response.json_error is None else None

    def verify(self, method, template, expect_status, response, expect_code, check):
        reasons = []
        if response.status != expect_status:
            reasons.append(f"status {response.status}, expected {expect_status}")
        content_type = response.headers.get("Content-Type", "")
        if not content_type.startswith("application/json"):
            reasons.append(f"Content-Type is {content_type!r}, not application/json")
        if response.json_error:
            reasons.append(response.json_error)
            return reasons
        schema, origin = self.spec.response_schema(template, method, response.status)
        if schema is None:
            reasons.append(origin)
        else:
            validator = self.spec.validator(schema)
            problems = self.spec.schema_errors(validator, response.json)
            problems += self.spec.unexpected_fields(validator, response.json, schema)
            reasons.extend(f"{p} [against {origin}]" for p in problems)
        if expect_code is not None:
            errors = response.json.get("errors") if isinstance(response.json, dict) else None
            code = errors[0].get("code") if isinstance(errors, list) and errors and isinstance(errors[0], dict) else None
            if code != expect_code:
                reasons.append(f"errors[0].code is {code!r}, expected {expect_code!r}")
        if check is not None and response.status == expect_status:
            try:
                reasons.extend(check(response.json) or [])
            except Exception as error:  # a check that trips over an odd body is a failure, not a crash
                reasons.append(f"check could not read the answer: {type(error).__name__}: {error}")
        return reasons

    def record(self, method, shown, status, reasons):
        if reasons:
            self.failed += 1
            more = f" | (+{len(reasons) - MAX_REASONS} more)" if len(reasons) > MAX_REASONS else ""
            print(f"FAIL {method} {shown} {status} : " + " | ".join(reasons[:MAX_REASONS]) + more, flush=True)
        else:
            self.passed += 1
            print(f"PASS {method} {shown} {status}", flush=True)

    def fail(self, label, reason):
        self.failed += 1
        print(f"FAIL {label} : {reason}", flush=True)


# ---- what the answers must say, beyond their shape ----------------------------------------------

def expect(condition, message):
    return [] if condition else [message]


def variant_of(phone):
    verification = phone.get("verification")
    if verification is None:
        return "none"
    kind = verification.get("object") or ("verification_admin" if verification.get("strategy") == "admin"
                                          else "verification_otp")
    if kind == "verification_admin":
        return "admin"
    if kind == "verification_otp":
        return f"otp {verification.get('status')}"
    return kind


def ids(users):
    return [u["id"] for u in users]


def is_e164(number):
    return re.fullmatch(r"\+[1-9]\d{6,14}", number or "") is not None


def searchable(user):
    parts = [user["id"], user.get("first_name") or "", user.get("last_name") or "", user.get("username") or ""]
    parts += [e["email_address"] for e in user.get("email_addresses", [])]
    parts += [p["phone_number"] for p in user.get("phone_numbers", [])]
    return "\n".join(parts).lower()


def ordered(users, descending):
    stamps = [u["created_at"] for u in users]
    pairs = zip(stamps, stamps[1:])
    return all(a >= b for a, b in pairs) if descending else all(a <= b for a, b in pairs)


def run(runner, spec):
    users_list = "/users"
    user_path = "/users/{user_id}"
    phone_path = "/phone_numbers/{phone_number_id}"

    # -- the listing ---------------------------------------------------------------------------
    def check_page(body):
        reasons = expect(isinstance(body, list) and len(body) == PAGE, f"expected {PAGE} users, got {len(body)}")
        reasons += expect(len(set(ids(body))) == len(body), "the page repeats users")
        reasons += expect(ordered(body, True), "the default order is not newest first (-created_at)")
        seen = {variant_of(p) for u in body for p in u.get("phone_numbers", [])}
        missing = [v for v in VARIANTS if v not in seen]
        reasons += expect(not missing, f"verification variants missing from the first {PAGE} users: {missing}")
        return reasons

    page = runner.case("GET", "/v1/users", users_list, 200, query=[("limit", PAGE)], check=check_page)
    if not isinstance(page, list) or len(page) < 20:
        runner.fail("GET /v1/users", "no usable first page; the remaining cases need it")
        return
    page_ids = ids(page)

    runner.case("GET", "/v1/users", users_list, 200,
                check=lambda b: expect(ids(b) == page_ids[:10], "default listing is not the first 10 users, newest first"))
    runner.case("GET", "/v1/users", users_list, 200, query=[("limit", 10), ("offset", 5)],
                check=lambda b: expect(ids(b) == page_ids[5:15], "offset 5 does not start at the 6th user"))
    runner.case("GET", "/v1/users", users_list, 200, query=[("order_by", "-created_at"), ("limit", PAGE)],
                check=lambda b: expect(ids(b) == page_ids, "-created_at differs from the default order"))

    def check_oldest_first(body):
        reasons = expect(len(body) == PAGE, f"expected {PAGE} users, got {len(body)}")
        reasons += expect(ordered(body, False), "+created_at is not oldest first")
        reasons += expect(not body or body[0]["created_at"] <= min(u["created_at"] for u in page),
                          "+created_at does not start at the oldest user")
        return reasons

    runner.case("GET", "/v1/users", users_list, 200, query=[("order_by", "+created_at"), ("limit", PAGE)],
                check=check_oldest_first)

    # Filters: every answer must hold only matching users, and the user the term came from.
    named = next(u for u in page if u.get("last_name"))
    term = named["last_name"].split()[0]
    query_hits = []

    def check_query(body):
        query_hits[:] = ids(body)
        reasons = expect(named["id"] in ids(body), f"query={term!r} does not find {named['id']}")
        wrong = [u["id"] for u in body if term.lower() not in searchable(u)]
        return reasons + expect(not wrong, f"query={term!r} returned users that do not match: {wrong[:5]}")

    runner.case("GET", "/v1/users", users_list, 200, query=[("query", term), ("limit", PAGE)], check=check_query)

    numbered = [(u, p) for u in page for p in u.get("phone_numbers", []) if is_e164(p["phone_number"])]
    owner, phone = numbered[0]
    digits = phone["phone_number"][-5:]

    def check_phone_query(body):
        reasons = expect(owner["id"] in ids(body), f"phone_number_query={digits} does not find {owner['id']}")
        wrong = [u["id"] for u in body if not any(digits in p["phone_number"] for p in u.get("phone_numbers", []))]
        return reasons + expect(not wrong, f"phone_number_query={digits} returned users without it: {wrong[:5]}")

    runner.case("GET", "/v1/users", users_list, 200, query=[("phone_number_query", digits), ("limit", PAGE)],
                check=check_phone_query)

    other_owner, other_phone = next((u, p) for u, p in numbered if u["id"] != owner["id"])
    exact = [phone["phone_number"], other_phone["phone_number"]]
    wanted = {owner["id"], other_owner["id"]}
    runner.case("GET", "/v1/users", users_list, 200, query=[("phone_number", n) for n in exact],
                check=lambda b: expect(set(ids(b)) == wanted and len(b) == 2,
                                       f"phone_number={exact} gave {ids(b)}, expected {sorted(wanted)}"))
    picked = [page_ids[3], page_ids[42]]
    runner.case("GET", "/v1/users", users_list, 200, query=[("user_id", i) for i in picked],
                check=lambda b: expect(sorted(ids(b)) == sorted(picked), f"user_id={picked} gave {ids(b)}"))
    runner.case("GET", "/v1/users", users_list, 200, query=[("starting_after", page_ids[4]), ("limit", 10)],
                check=lambda b: expect(ids(b) == page_ids[5:15], "starting_after does not continue after its user"))

    # -- the count -------------------------------------------------------------------------------
    runner.case("GET", "/v1/users/count", "/users/count", 200,
                check=lambda b: expect(b == {"object": "total_count", "total_count": USERS},
                                       f"expected {{'object': 'total_count', 'total_count': {USERS}}}, got {b}"))
    runner.case("GET", "/v1/users/count", "/users/count", 200, query=[("query", term)],
                check=lambda b: expect(b.get("total_count") == len(query_hits),
                                       f"count for query={term!r} is {b.get('total_count')}, the listing had {len(query_hits)}"))
    runner.case("GET", "/v1/users/count", "/users/count", 200, query=[("phone_number", n) for n in exact],
                check=lambda b: expect(b.get("total_count") == 2, f"count for two exact numbers is {b.get('total_count')}"))

    # -- single users: no, one and several numbers, and every verification variant ---------------
    picks = {}
    for user in page:
        phones = user.get("phone_numbers", [])
        count = len(phones)
        picks.setdefault("no numbers" if count == 0 else "one number" if count == 1 else "several numbers", user)
        for p in phones:
            picks.setdefault(f"verification {variant_of(p)}", user)
            if p.get("linked_to"):
                picks.setdefault("linked number", user)
            if p.get("backup_codes") is not None:
                picks.setdefault("backup codes", user)
            if not is_e164(p["phone_number"]):
                picks.setdefault("legacy number", user)
        for e in user.get("email_addresses", []):
            if e.get("linked_to"):
                picks.setdefault("linked email", user)
        if user.get("external_accounts"):
            picks.setdefault("external account", user)
    for wanted_kind in ("no numbers", "one number", "several numbers"):
        if wanted_kind not in picks:
            runner.fail(f"GET /v1/users/{{user_id}} ({wanted_kind})", f"no user with {wanted_kind} in the first page")
    by_id = {u["id"]: u for u in page}
    for user_id in dict.fromkeys(u["id"] for u in picks.values()):
        runner.case("GET", f"/v1/users/{user_id}", user_path, 200,
                    check=lambda b, i=user_id: expect(b == by_id[i], f"{i} differs from its entry in the listing"))

    # -- phone-number changes ----------------------------------------------------------------------
    target = next((u for u in page if len(u.get("phone_numbers", [])) == 1 and not u["two_factor_enabled"]
                   and u["phone_numbers"][0]["verification"] is not None), None)
    if target is None:
        runner.fail("POST /v1/phone_numbers", "no user with exactly one number and no 2FA in the first page")
        return
    user_id = target["id"]
    old_primary = target["primary_phone_number_id"]
    held = next(p["phone_number"] for u, p in numbered
                if u["id"] != user_id and variant_of(p) in ("otp verified", "admin"))

    created = None
    number = None
    for candidate in CANDIDATE_NUMBERS:
        answer = runner.request("POST", "/v1/phone_numbers", body={"user_id": user_id, "phone_number": candidate})
        if answer.status == 200:
            number = candidate

            def check_created(body):
                return (expect(body.get("phone_number") == number, f"phone_number is {body.get('phone_number')!r}")
                        + expect(body.get("verification") is None, "a new number is not unverified (verification null)")
                        + expect(body.get("reserved") is False, "a new unverified number is reserved")
                        + expect(body.get("reserved_for_second_factor") is False, "a new number is a second factor"))

            created = runner.case("POST", "/v1/phone_numbers", "/phone_numbers", 200, response=answer, check=check_created)
            break
    if not created or "id" not in created:
        runner.fail("POST /v1/phone_numbers", f"none of {list(CANDIDATE_NUMBERS)} was accepted")
        return
    phone_id = created["id"]
    this_phone = f"/v1/phone_numbers/{phone_id}"

    runner.case("GET", f"/v1/users/{user_id}", user_path, 200,
                check=lambda b: (expect(phone_id in [p["id"] for p in b["phone_numbers"]], "the new number is not on the user")
                                 + expect(b["primary_phone_number_id"] == old_primary, "a second number took over as primary")))
    runner.case("PATCH", this_phone, phone_path, 400, body={"reserved_for_second_factor": True},
                expect_code="identification_update_second_factor_unverified")

    prepared = runner.case("POST", f"{this_phone}/prepare_verification", "/phone_numbers/{phone_number_id}/prepare_verification",
                           200, check=lambda b: (expect(b.get("status") == "unverified", f"status is {b.get('status')!r}")
                                                 + expect(bool(b.get("id")), "no verification id to attempt against")
                                                 + expect(b.get("strategy") == "phone_code", f"strategy is {b.get('strategy')!r}")
                                                 + expect(b.get("attempts") == 0, f"attempts is {b.get('attempts')!r}")))
    verification_id = (prepared or {}).get("id", "")
    runner.case("GET", this_phone, phone_path, 200,
                check=lambda b: expect(variant_of(b) == "otp unverified", f"after prepare the number shows {variant_of(b)}"))

    attempt_path = "/phone_numbers/{phone_number_id}/attempt_verification"
    runner.case("POST", f"{this_phone}/attempt_verification", attempt_path, 200,
                body={"verification_id": verification_id, "code": "000000"},
                check=lambda b: (expect(b.get("status") == "unverified", f"a wrong code left status {b.get('status')!r}")
                                 + expect(b.get("attempts") == 1, f"attempts is {b.get('attempts')!r}, expected 1")))
    runner.case("GET", this_phone, phone_path, 200,
                check=lambda b: expect((b.get("verification") or {}).get("attempts") == 1,
                                       f"the number's verification shows attempts {(b.get('verification') or {}).get('attempts')!r}"))
    runner.case("POST", f"{this_phone}/attempt_verification", attempt_path, 200,
                body={"verification_id": verification_id, "code": UNIVERSAL_CODE},
                check=lambda b: (expect(b.get("status") == "verified", f"the right code left status {b.get('status')!r}")
                                 + expect(b.get("attempts") == 2, f"attempts is {b.get('attempts')!r}, expected 2")))
    runner.case("POST", f"{this_phone}/attempt_verification", attempt_path, 400,
                body={"verification_id": verification_id, "code": UNIVERSAL_CODE}, expect_code="verification_already_verified")
    runner.case("GET", this_phone, phone_path, 200,
                check=lambda b: (expect(variant_of(b) == "otp verified", f"after the right code the number shows {variant_of(b)}")
                                 + expect(b.get("reserved") is True, "a verified number is not reserved")))

    runner.case("PATCH", this_phone, phone_path, 200, body={"verified": True},
                check=lambda b: expect(variant_of(b) == "otp verified", f"verified:true on a verified number made it {variant_of(b)}"))
    runner.case("PATCH", this_phone, phone_path, 200, body={"reserved_for_second_factor": True},
                check=lambda b: (expect(b.get("reserved_for_second_factor") is True, "not reserved for second factor")
                                 + expect(b.get("default_second_factor") is True, "the only second factor is not the default")))
    runner.case("PATCH", this_phone, phone_path, 200, body={"primary": True})
    runner.case("GET", f"/v1/users/{user_id}", user_path, 200,
                check=lambda b: (expect(b["primary_phone_number_id"] == phone_id, "primary:true did not make it primary")
                                 + expect(b["two_factor_enabled"] is True, "a second-factor number did not enable 2FA")
                                 + expect(b["mfa_enabled_at"] is not None, "mfa_enabled_at stayed null")))
    runner.case("DELETE", f"/v1/users/{user_id}/mfa", "/users/{user_id}/mfa", 200,
                check=lambda b: expect(b == {"user_id": user_id}, f"expected {{'user_id': {user_id!r}}}, got {b}"))
    runner.case("GET", this_phone, phone_path, 200,
                check=lambda b: expect(b.get("reserved_for_second_factor") is False and b.get("default_second_factor") is False,
                                       "disabling MFA left the number a second factor"))
    runner.case("GET", f"/v1/users/{user_id}", user_path, 200,
                check=lambda b: expect(b["two_factor_enabled"] is False, "disabling MFA left 2FA on"))

    runner.case("POST", "/v1/phone_numbers", "/phone_numbers", 422, body={"user_id": user_id, "phone_number": held},
                expect_code="form_identifier_exists")
    runner.case("POST", "/v1/phone_numbers", "/phone_numbers", 422, body={"user_id": user_id, "phone_number": "+1234"},
                expect_code="form_param_format_invalid")
    runner.case("POST", "/v1/phone_numbers", "/phone_numbers", 404,
                body={"user_id": "user_doesnotexist0000000000000", "phone_number": number}, expect_code="resource_not_found")

    runner.case("DELETE", this_phone, phone_path, 200,
                check=lambda b: expect(b == {"object": "phone_number", "id": phone_id, "deleted": True},
                                       f"unexpected deleted object {b}"))
    runner.case("GET", this_phone, phone_path, 404, expect_code="resource_not_found")
    runner.case("DELETE", this_phone, phone_path, 404, expect_code="resource_not_found")

    replace_path = "/users/{user_id}/phone_number"
    if spec.has_operation(replace_path, "PUT"):
        replaced = runner.case("PUT", f"/v1/users/{user_id}/phone_number", replace_path, 200, body={"phone_number": number},
                               check=lambda b: (expect(variant_of(b) == "admin", f"the default replacement is {variant_of(b)}, not admin-verified")
                                                + expect(b.get("reserved") is True, "a verified replacement is not reserved")))
        replaced_id = (replaced or {}).get("id")
        runner.case("GET", f"/v1/users/{user_id}", user_path, 200,
                    check=lambda b: (expect([p["id"] for p in b["phone_numbers"]] == [replaced_id], "the user kept other numbers")
                                     + expect(b["primary_phone_number_id"] == replaced_id, "the replacement is not primary")))
        runner.case("PUT", f"/v1/users/{user_id}/phone_number", replace_path, 200,
                    body={"phone_number": number, "identification_status": "unverified"},
                    check=lambda b: (expect(variant_of(b) == "none", f"an unverified replacement shows {variant_of(b)}")
                                     + expect(b.get("reserved") is False, "an unverified replacement is reserved")))
        runner.case("PUT", f"/v1/users/{user_id}/phone_number", replace_path, 422, body={"phone_number": held},
                    expect_code="form_identifier_exists")
        runner.case("PUT", "/v1/users/user_doesnotexist0000000000000/phone_number", replace_path, 404,
                    body={"phone_number": number}, expect_code="resource_not_found")

    # -- errors -------------------------------------------------------------------------------------
    runner.case("GET", "/v1/users", users_list, 401, auth=None)
    runner.case("GET", "/v1/users", users_list, 401, auth="sk_test_not_the_key")
    runner.case("GET", "/v1/users/count", "/users/count", 401, auth=None)
    runner.case("GET", "/v1/users/user_doesnotexist0000000000000", user_path, 404, expect_code="resource_not_found")
    runner.case("GET", "/v1/phone_numbers/idn_doesnotexist00000000000000", phone_path, 404, expect_code="resource_not_found")
    runner.case("PATCH", "/v1/phone_numbers/idn_doesnotexist00000000000000", phone_path, 404, body={"primary": True},
                expect_code="resource_not_found")
    runner.case("DELETE", "/v1/users/user_doesnotexist0000000000000/mfa", "/users/{user_id}/mfa", 404,
                expect_code="resource_not_found")
    runner.case("GET", "/v1/users", users_list, 422, query=[("limit", 0)])
    runner.case("GET", "/v1/users", users_list, 422, query=[("limit", PAGE + 1)])
    runner.case("GET", "/v1/users", users_list, 422, query=[("starting_after", page_ids[4]), ("offset", 5)])
    runner.case("GET", "/v1/users", users_list, 422, query=[("starting_after", page_ids[4]), ("order_by", "first_name")])
    # Filters the sandbox refuses rather than ignores: the answers the spec lists for each path.
    runner.case("GET", "/v1/users", users_list, 400, query=[("organization_id", "org_2abc")],
                expect_code="organization_not_enabled_in_instance")
    runner.case("GET", "/v1/users/count", "/users/count", 422, query=[("organization_id", "org_2abc")],
                expect_code="organization_not_enabled_in_instance")
    runner.case("GET", "/v1/users", users_list, 422, query=[("provider", "oauth_google")], expect_code="form_param_missing")
    runner.case("GET", "/v1/users/count", "/users/count", 422, query=[("created_at_before", "yesterday")],
                expect_code="form_param_format_invalid")
    runner.case("GET", "/v1/no_such_resource", "/no_such_resource", 404, expect_code="resource_not_found")
    # The spec's paths all sit under /v1, so /users at the root is no path of the spec.
    runner.case("GET", "/users", None, 404, expect_code="resource_not_found")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", required=True, help="path to the phonedesk-sandbox program")
    parser.add_argument("--spec", required=True, help="path to Clerk's Backend API OpenAPI document (YAML)")
    args = parser.parse_args()

    started = time.monotonic()
    spec = Spec(args.spec)
    sandbox = Sandbox(args.sandbox)
    runner = Runner("", spec)
    try:
        sandbox.start()
        runner.base_url = sandbox.url
        run(runner, spec)
    except Exception as error:
        # Counted as a failure, so that a run cut short can never read as a pass.
        runner.fail("run", f"stopped early: {type(error).__name__}: {error}")
    finally:
        sandbox.stop()

    print(f"{runner.passed} passed, {runner.failed} failed ({time.monotonic() - started:.1f} s)")
    return 1 if runner.failed or runner.passed + runner.failed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
