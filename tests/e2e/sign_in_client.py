# SPDX-License-Identifier: MIT
"""PhoneDesk's client (phonedesk-cli) diagnosing and fixing users who cannot sign in, for
validate_openapi.py: every request it sends for `diagnose`, `sms-blocklist`, `unlock`, `ban`,
`unban`, `remove-totp`, `remove-backup-codes` and `revoke-sessions` is recorded and checked against
the spec, and what each command reports is checked against the sandbox's state afterwards.

It runs on a sandbox of its own, started with --plant-sign-in-cases --sms-blocked-countries BR,IN,
so that the sandbox-answer cases (sign_in_cases.py) have not unlocked or banned anyone yet."""

from sign_in_cases import PLANTED

# The operations the sign-in commands send; validate_openapi.py checks that the run covered them.
SIGN_IN_CLIENT_OPERATIONS = (
    ("GET", "/instance/communication"), ("POST", "/users/{user_id}/unlock"), ("POST", "/users/{user_id}/ban"),
    ("POST", "/users/{user_id}/unban"), ("DELETE", "/users/{user_id}/totp"), ("DELETE", "/users/{user_id}/backup_code"),
    ("GET", "/sessions"), ("POST", "/sessions/{session_id}/revoke"),
)


def kinds(diagnosis):
    if not isinstance(diagnosis, dict):
        return None
    return [finding.get("kind") for finding in diagnosis.get("findings", [])]


def run_sign_in_client(runner, client, drive_client):
    """`drive_client(runner, client, label, wanted, *arguments)` runs one command (validate_openapi.py)."""
    planted = {}
    for state, number in PLANTED.items():
        found = runner.request("GET", "/v1/users", [("phone_number", number)]).json
        if not isinstance(found, list) or len(found) != 1:
            runner.fail(f"client: sign-in case {state}", f"no planted user holds {number}")
            return
        planted[state] = found[0]["id"]

    def check(label, condition, why):
        runner.record(f"client: {label}", "-", "-", [] if condition else [why])

    blocklist = drive_client(runner, client, "sms-blocklist", (0,), "sms-blocklist", "--format", "json")
    check("sms-blocklist", isinstance(blocklist, dict) and blocklist.get("blocked_country_codes") == ["BR", "IN"],
          f"printed {blocklist!r}, not the instance's BR and IN")

    locked = planted["locked_expiring"]
    before = kinds(drive_client(runner, client, "diagnose a locked user", (0,), "diagnose", locked))
    check("diagnose a locked user", before is not None and "locked" in before, f"findings {before!r} lack locked")
    drive_client(runner, client, "unlock", (0,), "unlock", locked)
    after = kinds(drive_client(runner, client, "diagnose after unlock", (0,), "diagnose", locked))
    check("diagnose after unlock", after is not None and "locked" not in after, f"findings {after!r} still say locked")

    brazil = kinds(drive_client(runner, client, "diagnose by a +55 number", (0,), "diagnose", PLANTED["sms_country_blocked"]))
    check("diagnose by a +55 number", brazil is not None and "sms_country_blocked" in brazil,
          f"findings {brazil!r} lack sms_country_blocked")

    sessions_user = planted["active_sessions"]
    drive_client(runner, client, "revoke-sessions", (0,), "revoke-sessions", sessions_user, "--yes")
    active = runner.request("GET", "/v1/sessions", [("user_id", sessions_user), ("status", "active")]).json
    check("revoke-sessions", active == [], f"{len(active or [])} sessions are still active")

    banned = planted["code_pending"]
    drive_client(runner, client, "ban", (0,), "ban", banned, "--yes")
    diagnosed = kinds(drive_client(runner, client, "diagnose a banned user", (0,), "diagnose", banned))
    check("diagnose a banned user", diagnosed is not None and diagnosed[:1] == ["banned"],
          f"findings {diagnosed!r} do not start with banned")
    drive_client(runner, client, "unban", (0,), "unban", banned)

    listing = runner.request("GET", "/v1/users", [("limit", 500)]).json or []
    totp = next((u["id"] for u in listing if u.get("totp_enabled") and u.get("backup_code_enabled")), None)
    if totp is None:
        runner.fail("client: remove-totp", "no user with an authenticator app and backup codes in the listing")
        return
    # --force: the app may be the user's last second factor, which the lockout guard refuses by itself.
    drive_client(runner, client, "remove-backup-codes", (0,), "remove-backup-codes", totp, "--yes")
    drive_client(runner, client, "remove-totp", (0,), "remove-totp", totp, "--yes", "--force")
    user = runner.request("GET", f"/v1/users/{totp}").json or {}
    check("remove-totp and remove-backup-codes", user.get("totp_enabled") is False and user.get("backup_code_enabled") is False,
          "the user still has an authenticator app or backup codes")
