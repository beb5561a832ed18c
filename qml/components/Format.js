// SPDX-License-Identifier: MIT
// Turns model values into the words the window shows. A value the API did not send arrives as
// undefined (or null) and is shown as "unknown", never as "undefined", 0 or "No".
.pragma library

function isKnown(value) {
    return value !== undefined && value !== null && !(typeof value === "string" && value.length === 0)
}

function text(value, fallback) {
    if (isKnown(value))
        return String(value)
    return fallback !== undefined ? fallback : "unknown"
}

function yesNo(value) {
    if (!isKnown(value))
        return "unknown"
    return value ? "Yes" : "No"
}

function onOff(value) {
    if (!isKnown(value))
        return "unknown"
    return value ? "On" : "Off"
}

function isDate(value) {
    return value instanceof Date && !isNaN(value.getTime())
}

// The C locale prints 1234; people read 1,234.
function locale() {
    const current = Qt.locale()
    return current.name === "C" ? Qt.locale("en_US") : current
}

function count(value) {
    if (!isKnown(value) || value < 0)
        return "unknown"
    return Number(value).toLocaleString(locale(), "f", 0)
}

function plural(n, one, many) {
    return count(n) + " " + (n === 1 ? one : many)
}

// "2025-03-04 14:05:09 CET": unambiguous, in the agent's own time zone.
function absolute(date) {
    if (!isDate(date))
        return "unknown"
    return Qt.formatDateTime(date, "yyyy-MM-dd HH:mm:ss t")
}

// "in 4 min", "3 days ago", "just now", relative to `now`.
function relative(date, now) {
    if (!isDate(date))
        return "unknown"
    const seconds = Math.round((date.getTime() - now.getTime()) / 1000)
    const magnitude = Math.abs(seconds)
    if (magnitude < 45)
        return seconds > 0 ? "in a few seconds" : "just now"
    let amount
    if (magnitude < 3600)
        amount = Math.max(1, Math.round(magnitude / 60)) + " min"
    else if (magnitude < 86400)
        amount = Math.round(magnitude / 3600) + " h"
    else if (magnitude < 30 * 86400)
        amount = unit(Math.round(magnitude / 86400), "day", "days")
    else if (magnitude < 365 * 86400)
        amount = unit(Math.round(magnitude / (30 * 86400)), "month", "months")
    else
        amount = unit(Math.round(magnitude / (365 * 86400)), "year", "years")
    return seconds > 0 ? "in " + amount : amount + " ago"
}

// Like relative() for something that has happened: the clock ticks only twice a minute, so an
// event newer than its last tick is "just now", not in the future.
function since(date, now) {
    if (!isDate(date))
        return "unknown"
    return relative(date, date.getTime() > now.getTime() ? date : now)
}

function unit(n, one, many) {
    return n + " " + (n === 1 ? one : many)
}

// "3 days ago · 2025-03-04 14:05:09 CET"
function moment(date, now) {
    if (!isDate(date))
        return "unknown"
    return relative(date, now) + " · " + absolute(date)
}

// moment() for something that has happened, such as a creation time.
function pastMoment(date, now) {
    if (!isDate(date))
        return "unknown"
    return since(date, now) + " · " + absolute(date)
}

// The badge of a verification state (PhoneNumberListModel's verificationState role).
function verificationLabel(state, status) {
    switch (state) {
    case "verified": return "Verified"
    case "unverified": return "Pending"
    case "expired": return "Expired"
    case "failed": return "Failed"
    case "none": return "Never verified"
    }
    // A status PhoneDesk does not know is shown as Clerk sent it.
    return isKnown(status) ? String(status) : "unknown"
}

function verificationTone(state) {
    switch (state) {
    case "verified": return "success"
    case "unverified": return "info"
    case "expired": return "warning"
    case "failed": return "danger"
    }
    return "neutral"
}

// What a verification state means, for the detail pane.
function verificationMeaning(state) {
    switch (state) {
    case "verified": return "The user proved they hold this number, or an admin marked it verified."
    case "unverified": return "A code was sent and has not been entered yet."
    case "expired": return "A code was sent but not entered in time; the user needs a new one."
    case "failed": return "Too many wrong codes were entered; the user needs a new one."
    case "none": return "Never verified: no code was ever sent and no admin marked it verified."
    }
    return "Clerk reported a status PhoneDesk does not know."
}

function verificationKindLabel(kind) {
    switch (kind) {
    case "otp": return "One-time code"
    case "admin": return "Set by an admin"
    case "none": return "None"
    }
    return "unknown"
}

// "Google, GitHub" from the linkedTo role's [{type, id, provider}].
function providers(links) {
    if (!links || links.length === undefined)
        return ""
    const names = []
    for (let i = 0; i < links.length; ++i) {
        const name = links[i] && isKnown(links[i].provider) ? String(links[i].provider) : "unknown"
        if (names.indexOf(name) < 0)
            names.push(name)
    }
    return names.join(", ")
}

// "DE · Germany · mobile", leaving out what is unknown.
function region(regionCode, countryName, numberType) {
    const parts = []
    if (isKnown(regionCode))
        parts.push(regionCode)
    if (isKnown(countryName))
        parts.push(countryName)
    if (parts.length === 0)
        parts.push("Region unknown")
    if (isKnown(numberType) && numberType !== "unknown type")
        parts.push(numberType)
    return parts.join(" · ")
}

// The number as a person reads it; a number that is not E.164 is shown exactly as stored.
function number(formatted, phoneNumber, isE164) {
    if (isE164 === true && isKnown(formatted))
        return String(formatted)
    return text(phoneNumber, text(formatted))
}

// "24:13", "1:02:03": what is left of a countdown, in seconds.
function countdown(seconds) {
    const total = Math.max(0, Math.ceil(seconds))
    const hours = Math.floor(total / 3600)
    const minutes = Math.floor((total % 3600) / 60)
    const rest = total % 60
    const two = (n) => (n < 10 ? "0" : "") + n
    return hours > 0 ? hours + ":" + two(minutes) + ":" + two(rest) : minutes + ":" + two(rest)
}

// The badge of a sign-in finding's kind (SignInFindingModel's kind role).
function signInKindLabel(kind) {
    switch (kind) {
    case "banned": return "Banned"
    case "locked": return "Locked"
    case "no_usable_identifier": return "Nothing to sign in with"
    case "second_factor_unusable": return "2FA unusable"
    case "sms_country_blocked": return "SMS blocked"
    case "number_invalid": return "Invalid number"
    case "code_expired": return "Code expired"
    case "code_pending": return "Code pending"
    }
    return isKnown(kind) ? String(kind) : "unknown"
}

// "Locked · the lockout ends in 24:13 (at 14:27:05)": a user's lockout as the sign-in check and
// the Unlock dialog show it; `secondsLeft` is NaN for a lockout without end.
function lockout(locked, endsAt, secondsLeft) {
    if (!isKnown(locked))
        return "unknown"
    if (!locked)
        return "No"
    if (!isDate(endsAt))
        return "Yes · never expires"
    if (secondsLeft <= 0)
        return "Yes · the lockout has just run out"
    return "Yes · ends in " + countdown(secondsLeft) + " (at " + Qt.formatDateTime(endsAt, "HH:mm:ss") + ")"
}
