# SPDX-License-Identifier: MIT
"""The sandbox's answers about users who cannot sign in, for validate_openapi.py: lock and unlock,
ban and unban, removing TOTP and backup codes, sessions (listing, one, revoking), the instance's SMS
blocklist, prepare_verification refused for a blocked country, and the refusals to delete a number.
Each answer is validated by the runner against the spec's schema for its path, method and status.

The sandbox must run with --plant-sign-in-cases --sms-blocked-countries BR,IN: its planted users are
found by the numbers docs/sandbox.md gives them."""

MISSING_USER = "user_2zzzzzzzzzzzzzzzzzzzzzzzzzz"
MISSING_SESSION = "sess_2zzzzzzzzzzzzzzzzzzzzzzzzzz"
# The numbers --plant-sign-in-cases gives its users, one state each.
PLANTED = {
    "locked_expiring": "+442079460901",
    "locked_forever": "+442079460902",
    "stranded": "+442079460904",  # no_usable_identifier: also +442079460910
    "sms_country_blocked": "+5521998765432",
    "code_pending": "+442079460907",
    "active_sessions": "+442079460909",
}
USER = "/users/{user_id}"
SESSIONS = "/sessions"
SESSION = "/sessions/{session_id}"
REVOKE = "/sessions/{session_id}/revoke"
COMMUNICATION = "/instance/communication"
PHONE = "/phone_numbers/{phone_number_id}"


def expect(condition, message):
    return [] if condition else [message]


def paginated_schema():
    """What GET /sessions answers to paginated=true, as Clerk's SDK reads it ({data, total_count}):
    the spec declares the bare array only, and says of `paginated` that the results are paginated."""
    return ({"type": "object", "additionalProperties": False, "required": ["data", "total_count"],
             "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}},
                            "total_count": {"type": "integer"}}},
            "GET /sessions 200 with paginated=true: {data: [Session], total_count}")


def run_sign_in(runner, spec):
    del spec  # the runner validates against it
    planted = {}
    for state, number in PLANTED.items():
        found = runner.request("GET", "/v1/users", [("phone_number", number)]).json
        if not isinstance(found, list) or len(found) != 1:
            runner.fail(f"sign-in case {state}", f"no planted user holds {number}: is --plant-sign-in-cases on?")
            return
        planted[state] = found[0]
    listing = runner.request("GET", "/v1/users", [("limit", 500)]).json or []
    run_lockouts(runner, planted)
    run_sessions(runner, planted["active_sessions"]["id"])
    run_second_factors(runner, listing)
    run_sms_blocklist(runner, planted["sms_country_blocked"])
    run_number_deletions(runner, planted["stranded"], listing)


def run_lockouts(runner, planted):
    expiring, forever = planted["locked_expiring"]["id"], planted["locked_forever"]["id"]
    runner.case("GET", f"/v1/users/{expiring}", USER, 200,
                check=lambda b: (expect(b["locked"] is True, "the planted lockout is not on")
                                 + expect(isinstance(b["lockout_expires_in_seconds"], int)
                                          and 0 < b["lockout_expires_in_seconds"] <= 25 * 60,
                                          f"lockout_expires_in_seconds is {b['lockout_expires_in_seconds']!r}")
                                 + expect(b["verification_attempts_remaining"] == 0, "attempts left on a user locked by them")))
    runner.case("GET", f"/v1/users/{forever}", USER, 200,
                check=lambda b: expect(b["locked"] is True and b["lockout_expires_in_seconds"] is None,
                                       "a lockout that never ends is not locked with a null countdown"))
    healthy = planted["code_pending"]["id"]
    runner.case("POST", f"/v1/users/{healthy}/lock", "/users/{user_id}/lock", 200,
                check=lambda b: (expect(b["locked"] is True, "lock did not lock")
                                 + expect(3590 <= (b["lockout_expires_in_seconds"] or 0) <= 3600, "the lockout is not an hour")
                                 + expect(b["verification_attempts_remaining"] == 100, "lock used up the attempts")))
    for user_id in (healthy, forever, expiring):
        runner.case("POST", f"/v1/users/{user_id}/unlock", "/users/{user_id}/unlock", 200,
                    check=lambda b: expect(b["locked"] is False and b["lockout_expires_in_seconds"] is None
                                           and b["verification_attempts_remaining"] == 100, "unlock left a lockout"))
    for action in ("lock", "unlock", "ban", "unban"):
        runner.case("POST", f"/v1/users/{MISSING_USER}/{action}", f"/users/{{user_id}}/{action}", 404,
                    expect_code="resource_not_found")


def run_sessions(runner, user_id):
    def newest_first(b):
        stamps = [s["created_at"] for s in b]
        return expect(len(b) == 4, f"expected 4 sessions, got {len(b)}") + expect(stamps == sorted(stamps, reverse=True),
                                                                                  "sessions are not newest first")

    sessions = runner.case("GET", "/v1/sessions", SESSIONS, 200, query=[("user_id", user_id)], check=newest_first) or []
    runner.case("GET", "/v1/sessions", SESSIONS, 200, query=[("user_id", user_id), ("status", "active")],
                check=lambda b: expect(len(b) == 3 and all(s["status"] == "active" for s in b), "status=active does not filter"))
    runner.case("GET", "/v1/sessions", SESSIONS, 200, query=[("user_id", user_id), ("paginated", "true"), ("limit", 2)],
                schema=paginated_schema(),
                check=lambda b: expect(len(b["data"]) == 2 and b["total_count"] == 4, f"paginated page is {b}"))
    if len(sessions) != 4:
        runner.fail("GET /v1/sessions", "the planted user's four sessions are needed for the remaining cases")
        return
    runner.case("GET", "/v1/sessions", SESSIONS, 200, query=[("client_id", sessions[1]["client_id"])],
                check=lambda b: expect([s["id"] for s in b] == [sessions[1]["id"]], "client_id does not find its session"))
    runner.case("GET", f"/v1/sessions/{sessions[0]['id']}", SESSION, 200,
                check=lambda b: expect(b == sessions[0], "the session differs from its listing"))
    runner.case("GET", f"/v1/sessions/{MISSING_SESSION}", SESSION, 404, expect_code="resource_not_found")
    for query, code in (([], "form_param_missing"), ([("user_id", user_id), ("status", "pending")], "form_param_value_invalid"),
                        ([("user_id", user_id), ("limit", 0)], "form_param_value_invalid"),
                        ([("user_id", user_id), ("limit", 501)], "form_param_value_invalid"),
                        ([("user_id", user_id), ("offset", -1)], "form_param_value_invalid"),
                        ([("user_id", user_id), ("paginated", "maybe")], "form_param_value_invalid"),
                        ([("user_id", user_id), ("order_by", "created_at")], "form_param_unknown")):
        runner.case("GET", "/v1/sessions", SESSIONS, 422, query=query, expect_code=code)

    active, ended = sessions[0]["id"], sessions[3]["id"]
    runner.case("POST", f"/v1/sessions/{active}/revoke", REVOKE, 200,
                check=lambda b: expect(b["id"] == active and b["status"] == "revoked", "the session was not revoked"))
    runner.case("POST", f"/v1/sessions/{ended}/revoke", REVOKE, 400, expect_code="session_not_active")
    runner.case("POST", f"/v1/sessions/{MISSING_SESSION}/revoke", REVOKE, 404, expect_code="resource_not_found")

    runner.case("POST", f"/v1/users/{user_id}/ban", "/users/{user_id}/ban", 200,
                check=lambda b: expect(b["banned"] is True, "ban did not ban"))
    runner.case("GET", "/v1/sessions", SESSIONS, 200, query=[("user_id", user_id), ("status", "active")],
                check=lambda b: expect(b == [], "a ban left active sessions"))
    runner.case("POST", f"/v1/users/{user_id}/unban", "/users/{user_id}/unban", 200,
                check=lambda b: expect(b["banned"] is False, "unban did not lift the ban"))


def run_second_factors(runner, listing):
    totp = next((u for u in listing if u.get("totp_enabled")
                 and not any(p.get("reserved_for_second_factor") for p in u.get("phone_numbers", []))), None)
    codes = next((u for u in listing if u.get("backup_code_enabled") and u is not totp), None)
    if totp is None or codes is None:
        runner.fail("DELETE /v1/users/{user_id}/totp", "no user with TOTP only, or none with backup codes, in the listing")
        return
    runner.case("DELETE", f"/v1/users/{totp['id']}/totp", "/users/{user_id}/totp", 200,
                check=lambda b: expect(b == {"user_id": totp["id"]}, f"unexpected answer {b}"))
    runner.case("GET", f"/v1/users/{totp['id']}", USER, 200,
                check=lambda b: expect(b["totp_enabled"] is False and b["two_factor_enabled"] is False
                                       and b["mfa_disabled_at"] is not None, "TOTP removal did not turn 2FA off"))
    runner.case("DELETE", f"/v1/users/{totp['id']}/totp", "/users/{user_id}/totp", 404, expect_code="resource_not_found")
    runner.case("DELETE", f"/v1/users/{codes['id']}/backup_code", "/users/{user_id}/backup_code", 200,
                check=lambda b: expect(b == {"user_id": codes["id"]}, f"unexpected answer {b}"))
    runner.case("GET", f"/v1/users/{codes['id']}", USER, 200,
                check=lambda b: expect(b["backup_code_enabled"] is False, "backup codes are still on"))
    runner.case("DELETE", f"/v1/users/{codes['id']}/backup_code", "/users/{user_id}/backup_code", 404,
                expect_code="resource_not_found")
    for kind in ("totp", "backup_code"):
        runner.case("DELETE", f"/v1/users/{MISSING_USER}/{kind}", f"/users/{{user_id}}/{kind}", 404,
                    expect_code="resource_not_found")


def run_sms_blocklist(runner, brazilian):
    initial = {"object": "instance_communication", "blocked_country_codes": ["BR", "IN"]}
    runner.case("GET", "/v1/instance/communication", COMMUNICATION, 200,
                check=lambda b: expect(b == initial, f"the blocklist started with is {b}"))
    runner.case("PATCH", "/v1/instance/communication", COMMUNICATION, 200, body={},
                check=lambda b: expect(b == initial, "omitting blocked_country_codes changed the list"))
    runner.case("PATCH", "/v1/instance/communication", COMMUNICATION, 200, body={"blocked_country_codes": ["IN", "BR", "ZZ"]},
                check=lambda b: expect(b == initial, f"an unknown code was not dropped: {b}"))
    for body, code in (({"blocked_country_codes": ["br"]}, "form_param_format_invalid"),
                       ({"blocked_country_codes": ["BR", "BR"]}, "form_param_value_invalid"),
                       ({"blocked_country_codes": [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(251)]},
                        "form_param_value_invalid"),
                       ({"blocked_countries": ["BR"]}, "form_param_unknown")):
        runner.case("PATCH", "/v1/instance/communication", COMMUNICATION, 422, body=body, expect_code=code)

    phone = brazilian["phone_numbers"][0]
    runner.case("POST", f"/v1/phone_numbers/{phone['id']}/prepare_verification",
                "/phone_numbers/{phone_number_id}/prepare_verification", 403, expect_code="sms_country_blocked")
    runner.case("GET", f"/v1/phone_numbers/{phone['id']}", PHONE, 200,
                check=lambda b: expect(b == phone, "a refused prepare_verification changed the number"))


def run_number_deletions(runner, stranded, listing):
    first, last = (p["id"] for p in stranded["phone_numbers"])
    runner.case("DELETE", f"/v1/phone_numbers/{first}", PHONE, 200)
    runner.case("DELETE", f"/v1/phone_numbers/{last}", PHONE, 400, expect_code="identification_deletion_failed")
    linked = next((p for u in listing for p in u.get("phone_numbers", []) if p.get("linked_to")), None)
    if linked is None:
        runner.fail("DELETE /v1/phone_numbers/{phone_number_id}", "no number linked to an external account in the listing")
        return
    runner.case("DELETE", f"/v1/phone_numbers/{linked['id']}", PHONE, 403,
                expect_code="identification_linked_to_external_account")
