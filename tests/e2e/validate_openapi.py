#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every answer of phonedesk-sandbox, checked against Clerk's official Backend API OpenAPI document.

Starts the sandbox on a free port, drives the user and phone-number endpoints (listing, filters,
cursor, count, single reads, every phone-number change, and the error answers) and validates each
body against the schema the spec gives for that path, method and status. Fields that a schema does
not list are reported too, so an answer holds nothing the spec does not allow.

Then PhoneDesk's own client (phonedesk-cli) runs its reads and every one of its changes against
the sandbox through a recording proxy, once cleanly and once with injected faults, and each
request it sent is checked against the spec too: a declared path and method, declared path and
query parameters of the declared types (arrays as repeated keys), a body exactly when the spec
declares one and valid against its schema, and an answer whose status the spec declares for that
operation (injected 429s and 5xx aside, and the exceptions of STATUS_EXCEPTIONS). See
docs/conformance.md.

Usage: validate_openapi.py --sandbox PATH --cli PATH --spec PATH. Exits 1 if any case fails.
"""

import argparse
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml
from jsonschema.exceptions import best_match

from recording_proxy import RecordingProxy
from sign_in_cases import run_sign_in

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
# What the conformance sandbox is started with, so that every sign-in case has a user to be seen on.
SIGN_IN_OPTIONS = ("--plant-sign-in-cases", "--sms-blocked-countries", "BR,IN")

# Every operation PhoneDesk's client must be seen to send in the client run, so that the request
# check cannot pass by checking less. (GET /users/count is the window's connection test only.)
CLIENT_OPERATIONS = (
    ("GET", "/users"), ("GET", "/users/{user_id}"), ("GET", "/phone_numbers/{phone_number_id}"),
    ("POST", "/phone_numbers"), ("PATCH", "/phone_numbers/{phone_number_id}"),
    ("DELETE", "/phone_numbers/{phone_number_id}"), ("POST", "/phone_numbers/{phone_number_id}/prepare_verification"),
    ("POST", "/phone_numbers/{phone_number_id}/attempt_verification"), ("PUT", "/users/{user_id}/phone_number"),
    ("DELETE", "/users/{user_id}/mfa"),
)
# What the sandbox's fault injector answers on purpose, to any operation (--fail-rate, --rate-limit).
FAULT_STATUSES = (429, 500, 502, 503)
# Answers Clerk gives that the spec does not declare for an operation: (status, method, path template,
# why). Each is one the client must read, and the sandbox gives it as Clerk does.
_KEY_FIRST = ("Clerk checks the key before it routes: a missing or wrong key is answered 401 on every path, "
              "but the spec lists 401 on most operations, not on this one")
STATUS_EXCEPTIONS = (
    # The window's connection test counts users to tell a wrong key: its 401 is the answer it exists for.
    (401, "GET", "/users/count", _KEY_FIRST),
    (401, "DELETE", "/users/{user_id}/mfa", _KEY_FIRST),
)


def status_exception(status, method, template):
    return next((why for code, verb, path, why in STATUS_EXCEPTIONS
                 if code == status and verb in (method, "*") and path in (template, "*")), None)

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

    # -- requests ------------------------------------------------------------------------------

    def operation_for(self, method, api_path):
        """The spec's path template that `api_path` (below /v1) matches, its operation for `method`
        (None when the path has none) and the path parameters. Literal segments win over parameters,
        as they do in Clerk's router: /users/count is not /users/{user_id}."""
        matches = []
        for template in self.raw.get("paths", {}):
            pattern = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") and part.endswith("}") else re.escape(part)
                              for part in re.split(r"(\{[^}/]+\})", template))
            match = re.fullmatch(pattern, api_path)
            if match:
                matches.append((template.count("{"), template, match.groupdict()))
        for _, template, parameters in sorted(matches):
            operation = self.raw["paths"][template].get(method.lower())
            if operation is not None:
                return template, operation, parameters
        return (sorted(matches)[0][1] if matches else None), None, {}

    def parameters(self, template, operation):
        """The operation's parameters by (in, name): the path's, overridden by the operation's own."""
        declared = {}
        for parameter in self.raw["paths"][template].get("parameters", []) + operation.get("parameters", []):
            parameter = self._follow(parameter)
            declared[(parameter["in"], parameter["name"])] = parameter
        return declared

    def request_problems(self, record, allowed_statuses=()):
        """Why a recorded request (RecordingProxy) is not one the spec declares: its path and method,
        its path and query parameters, its body, and the status it was answered with."""
        method, path = record["method"], record["path"]
        if not path.startswith("/v1/"):
            return [f"{path} is outside /v1, where every path of the spec lives"]
        template, operation, path_values = self.operation_for(method, path[len("/v1"):])
        if template is None:
            return [f"no path of the spec matches {path}"]
        if operation is None:
            return [f"the spec has no {method} {template}"]
        where = f"{method} {template}"
        problems = []
        declared = self.parameters(template, operation)
        for name, value in path_values.items():
            parameter = declared.get(("path", name))
            if parameter is None:
                problems.append(f"path parameter {name!r} is not declared for {where}")
            else:
                problems += self._parameter_problems(parameter, [urllib.parse.unquote(value)], where)
        values = {}
        for name, value in urllib.parse.parse_qsl(record["query"], keep_blank_values=True):
            values.setdefault(name, []).append(value)
        for name, given in values.items():
            parameter = declared.get(("query", name))
            if parameter is None:
                problems.append(f"query parameter {name!r} is not declared for {where}")
            else:
                problems += self._parameter_problems(parameter, given, where)
        for (place, name), parameter in declared.items():
            if parameter.get("required") and place in ("path", "query") and name not in values and name not in path_values:
                problems.append(f"required {place} parameter {name!r} of {where} is missing")
        problems += self._body_problems(record, operation, where)
        status = record["status"]
        responses = {str(key) for key in operation.get("responses", {})}
        if status is None:
            problems.append("no answer came")
        elif (str(status) not in responses and f"{str(status)[0]}XX" not in responses and "default" not in responses
              and status not in allowed_statuses and not status_exception(status, method, template)):
            problems.append(f"answered {status}, which the spec does not declare for {where} ({', '.join(sorted(responses))})")
        return problems

    def _parameter_problems(self, parameter, given, where):
        """A path or query parameter's values (strings, as decoded from the URL) against its schema:
        scalars once, an array as repeated keys (OpenAPI's default: style form, explode true)."""
        name = parameter["name"]
        schema = self.deref(to_json_schema(self._follow(parameter.get("schema", {}))))
        if schema.get("type") == "array":
            if parameter.get("explode") is False or parameter.get("style", "form") != "form":
                return [f"parameter {name!r} of {where} is an array in a style this check does not read"]
            items = self.deref(schema.get("items", {}))
            converted, problems = [], []
            for value in given:
                typed, problem = _typed(value, items)
                converted.append(typed)
                if problem:
                    problems.append(f"parameter {name!r}: {problem}")
            if problems:
                return problems
            value, shown = converted, given
        else:
            if len(given) > 1:
                return [f"parameter {name!r} is given {len(given)} times, but it is no array in {where}"]
            value, problem = _typed(given[0], schema)
            if problem:
                return [f"parameter {name!r}: {problem}"]
            shown = given[0]
        return [f"parameter {name!r} = {shown!r}: {p}" for p in self.schema_errors(self.validator(schema), value)]

    def _body_problems(self, record, operation, where):
        headers, body = record["headers"], record["body"]
        content_type = headers.get("content-type")
        length = headers.get("content-length")
        encoding = headers.get("transfer-encoding")
        # "Content-Length: 0" and nothing else is no body: Qt sends it with a write that has none (see
        # docs/conformance.md), and a zero-length body is no content (RFC 9110, section 8.6).
        present = bool(body) or content_type is not None or encoding is not None or (length or "0").strip() != "0"
        shape = ", ".join(f"{name}: {value}" for name, value in (("Content-Type", content_type), ("Content-Length", length),
                                                                  ("Transfer-Encoding", encoding)) if value is not None)
        request_body = operation.get("requestBody")
        if request_body is None:
            if present:
                return [f"a body ({shape}; {_short(body.decode('utf-8', 'replace'), 80)!r}) where the spec declares none for {where}"]
            return []
        request_body = self._follow(request_body)
        if not present:
            return [f"no body, where the spec declares one for {where}"]
        media = (content_type or "").split(";")[0].strip().lower()
        content = request_body.get("content", {})
        if media not in content:
            return [f"a body of Content-Type {content_type!r}, where {where} takes {', '.join(content)}"]
        problems = []
        if length is not None and length.strip() != str(len(body)):
            problems.append(f"Content-Length says {length}, the body has {len(body)} bytes")
        if media != "application/json":
            return problems
        try:
            instance = json.loads(body.decode("utf-8"))
        except ValueError as error:
            return problems + [f"the body is not JSON: {error}"]
        schema = to_json_schema(content[media].get("schema", {}))
        validator = self.validator(schema)
        found = self.schema_errors(validator, instance) + self.unexpected_fields(validator, instance, schema)
        return problems + [f"body {p} [against {where} requestBody]" for p in found]

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


def _typed(text, schema):
    """A parameter's string as the JSON value its schema's type means, and why it cannot be one."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds:
        return (int(text), None) if re.fullmatch(r"-?[0-9]+", text) else (text, f"{text!r} is not an integer")
    if "number" in kinds:
        try:
            return float(text), None
        except ValueError:
            return text, f"{text!r} is not a number"
    if "boolean" in kinds:
        return (text == "true", None) if text in ("true", "false") else (text, f"{text!r} is not true or false")
    return text, None


def _short(text, limit=300):
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ---- the sandbox --------------------------------------------------------------------------------

class Sandbox:
    def __init__(self, program, *options):
        self.program = program
        self.options = list(options)  # e.g. fault injection
        self.process = None
        self.url = None

    def start(self):
        # The key goes through the environment, so that a key inherited from it cannot differ.
        env = dict(os.environ, PHONEDESK_SANDBOX_SECRET_KEY=SECRET_KEY)
        self.process = subprocess.Popen(
            [self.program, "--host", "127.0.0.1", "--port", "0", "--users", str(USERS), "--seed", "7"] + self.options,
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
             expect_code=None, check=None, response=None, schema=None):
        """Sends one request (or takes the given answer), checks it, prints the verdict, returns the body.
        `schema` (with where it comes from) replaces the spec's answer schema, for an answer the spec
        describes in words only."""
        if response is None:
            response = self.request(method, path, query, body, auth)
        shown = path + ("?" + urllib.parse.urlencode(query) if query else "")
        self.record(method, shown, response.status, self.verify(method, template, expect_status, response,
                                                                 expect_code, check, schema))
        return response.json if response.json_error is None else None

    def verify(self, method, template, expect_status, response, expect_code, check, given_schema=None):
        reasons = []
        if response.status != expect_status:
            reasons.append(f"status {response.status}, expected {expect_status}")
        content_type = response.headers.get("Content-Type", "")
        if not content_type.startswith("application/json"):
            reasons.append(f"Content-Type is {content_type!r}, not application/json")
        if response.json_error:
            reasons.append(response.json_error)
            return reasons
        if given_schema is not None and response.status == expect_status:
            schema, origin = given_schema
        else:
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
    """Every sandbox answer: the users and their numbers, then what is done about users who cannot
    sign in (sign_in_cases.py)."""
    run_users_and_numbers(runner, spec)
    run_sign_in(runner, spec)


def same_user(listed, read):
    """Whether a user read alone is the one the listing showed: equal, except that a lockout
    counting down may have gone on by a second or two between the two requests."""
    a, b = dict(listed), dict(read)
    left_a, left_b = a.pop("lockout_expires_in_seconds", None), b.pop("lockout_expires_in_seconds", None)
    ticking = (left_a is None) == (left_b is None) and (left_a is None or 0 <= left_a - left_b <= 5)
    return a == b and ticking


def run_users_and_numbers(runner, spec):
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
                    check=lambda b, i=user_id: expect(same_user(by_id[i], b), f"{i} differs from its entry in the listing"))

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


# ---- PhoneDesk's client, and the requests it sends ------------------------------------------------

class Client:
    """phonedesk-cli pointed at `api_url`, with a data folder of its own for its change journal."""

    def __init__(self, program, api_url, data_home):
        self.program = program
        self.api_url = api_url
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CLERK_") and k != "QT_LOGGING_RULES"}
        self.env.update(XDG_DATA_HOME=data_home, XDG_CONFIG_HOME=data_home, CLERK_SECRET_KEY=SECRET_KEY)

    def run(self, *arguments, key=SECRET_KEY):
        env = dict(self.env, CLERK_SECRET_KEY=key)
        done = subprocess.run([self.program, "--api-url", self.api_url, *arguments], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=120)
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def drive_client(runner, client, label, wanted, *arguments, key=SECRET_KEY):
    """Runs one command; a command that does not end as `wanted` fails (the requests after it would
    not be the ones meant). Returns what it printed, read as JSON where it is."""
    code, out, err = client.run(*arguments, key=key)
    if code not in wanted:
        runner.fail(f"client: {label}", f"phonedesk-cli {' '.join(arguments)} exited {code}: {_short(err.strip())}")
        return None
    try:
        return json.loads(out)  # one object, as the API sent it
    except ValueError:
        pass
    try:
        return [json.loads(line) for line in out.splitlines() if line.strip()]  # a listing, one line each
    except ValueError:
        return None


def run_client(runner, client):
    """PhoneDesk's reads and each of its changes, as a person would run them: a number is added,
    made primary, sent a code, verified, made a second factor, MFA turned off, the number deleted and
    the user's numbers replaced; then the answers a person meets: an id that is gone, a wrong key."""
    direct = runner.request("GET", "/v1/users", [("limit", PAGE)]).json or []
    target = next((u for u in direct if len(u.get("phone_numbers", [])) == 1 and not u.get("two_factor_enabled")), None)
    if target is None:
        runner.fail("client", "no user with exactly one number and no 2FA for the client run")
        return
    user_id, kept_id = target["id"], target["phone_numbers"][0]["id"]
    drive_client(runner, client, "list", (0,), "list")
    drive_client(runner, client, "list --query", (0,), "list", "--query", target.get("last_name") or user_id)
    drive_client(runner, client, "get", (0,), "get", kept_id)
    created = None
    # The client checks a number before sending it: only the candidates valid where they belong.
    candidates = [n for n in CANDIDATE_NUMBERS if not n.startswith("+4477009")]
    for candidate in candidates:
        created = drive_client(runner, client, "create", (0, 3), "create", "--user-id", user_id, "--phone-number", candidate)
        if isinstance(created, dict) and created.get("id"):
            break
    if not isinstance(created, dict) or not created.get("id"):
        runner.fail("client: create", f"none of {candidates} was added")
        return
    phone_id, number = created["id"], created["phone_number"]
    drive_client(runner, client, "update --primary", (0,), "update", phone_id, "--primary", "true")
    prepared = drive_client(runner, client, "send-code", (0,), "send-code", phone_id)
    verification_id = prepared.get("id", "") if isinstance(prepared, dict) else ""
    drive_client(runner, client, "verify", (0,), "verify", phone_id, "--verification-id", verification_id, "--code", UNIVERSAL_CODE)
    drive_client(runner, client, "update --reserved-for-second-factor", (0,), "update", phone_id,
                 "--reserved-for-second-factor", "true")
    drive_client(runner, client, "disable-mfa", (0,), "disable-mfa", user_id, "--force")
    drive_client(runner, client, "delete", (0,), "delete", phone_id, "--yes", "--force")
    drive_client(runner, client, "replace-phone", (0,), "replace-phone", user_id, "--phone-number", number, "--yes", "--force")
    drive_client(runner, client, "get a deleted number", (3,), "get", phone_id)
    drive_client(runner, client, "list with a wrong key", (3,), "list", key="sk_test_not_the_key")


def check_requests(runner, spec, records, label, allowed_statuses=()):
    """Every recorded request against the spec: one verdict each."""
    if not records:
        runner.fail(f"requests ({label})", "the client sent nothing through the proxy")
    for record in records:
        problems = spec.request_problems(record, allowed_statuses)
        agent = record["headers"].get("user-agent", "")
        if not agent.startswith("PhoneDesk/"):
            problems.append(f"User-Agent is {agent!r}, not PhoneDesk's")
        shown = record["path"] + ("?" + record["query"] if record["query"] else "")
        status = record["status"] if record["status"] is not None else "no answer"
        runner.record(f"request ({label}) {record['method']}", shown, status, problems)


def check_coverage(runner, spec, records):
    seen = set()
    for record in records:
        if record["path"].startswith("/v1/"):
            template, operation, _ = spec.operation_for(record["method"], record["path"][len("/v1"):])
            if operation is not None:
                seen.add((record["method"], template))
    missing = [f"{method} {template}" for method, template in CLIENT_OPERATIONS if (method, template) not in seen]
    if missing:
        runner.fail("requests: coverage", f"the client run sent no {', '.join(missing)}")
    else:
        runner.record("requests: coverage of", f"{len(CLIENT_OPERATIONS)} operations", "-", [])


def client_run(runner, spec, cli, sandbox_url, data_home, label, drive, allowed_statuses=()):
    proxy = RecordingProxy(sandbox_url)
    proxy.start()
    try:
        drive(Client(cli, proxy.url + "/v1", data_home))
    finally:
        proxy.stop()
    records = proxy.records()
    check_requests(runner, spec, records, label, allowed_statuses)
    return records


def run_faulty_client(runner, spec, cli, sandbox_program, data_home):
    """The client's retries against a sandbox that fails a third of its answers and limits the key
    to 10 requests in 10 s: each request sent again is as the spec declares it too (a write is sent
    again only after a 429), and every status is the spec's or an injected one."""
    sandbox = Sandbox(sandbox_program, "--fail-rate", "0.3", "--rate-limit", "10", "--fault-seed", "11")
    try:
        sandbox.start()

        def drive(client):
            drive_client(runner, client, "list under faults", (0,), "list")
            listing = Runner(sandbox.url, spec).request("GET", "/v1/users", [("limit", 20)])
            phones = [p["id"] for u in (listing.json if isinstance(listing.json, list) else [])
                      for p in u.get("phone_numbers", [])[:1]][:3]
            any_end = tuple(range(6))  # whatever the faults made of it: only the requests are judged
            for phone_id in phones:
                drive_client(runner, client, "get under faults", any_end, "get", phone_id)
            for phone_id in phones[:1]:
                drive_client(runner, client, "send-code under faults", any_end, "send-code", phone_id)
                drive_client(runner, client, "delete under faults", any_end, "delete", phone_id, "--yes", "--force")

        client_run(runner, spec, cli, sandbox.url, data_home, "faults", drive, FAULT_STATUSES)
    finally:
        sandbox.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", required=True, help="path to the phonedesk-sandbox program")
    parser.add_argument("--cli", required=True, help="path to the phonedesk-cli program, PhoneDesk's client")
    parser.add_argument("--spec", required=True, help="path to Clerk's Backend API OpenAPI document (YAML)")
    args = parser.parse_args()

    started = time.monotonic()
    spec = Spec(args.spec)
    # With a user in each sign-in state and SMS blocked to two countries (docs/sandbox.md).
    sandbox = Sandbox(args.sandbox, *SIGN_IN_OPTIONS)
    runner = Runner("", spec)
    with tempfile.TemporaryDirectory(prefix="phonedesk-conformance-") as data_home:
        try:
            sandbox.start()
            runner.base_url = sandbox.url
            run(runner, spec)
            records = client_run(runner, spec, args.cli, sandbox.url, data_home, "client",
                                 lambda client: run_client(runner, client))
            check_coverage(runner, spec, records)
            run_faulty_client(runner, spec, args.cli, args.sandbox, data_home)
        except Exception as error:
            # Counted as a failure, so that a run cut short can never read as a pass.
            runner.fail("run", f"stopped early: {type(error).__name__}: {error}")
        finally:
            sandbox.stop()

    print(f"{runner.passed} passed, {runner.failed} failed ({time.monotonic() - started:.1f} s)")
    return 1 if runner.failed or runner.passed + runner.failed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
