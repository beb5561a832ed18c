// SPDX-License-Identifier: MIT
// Turns model values into the words the window shows, in the window's language (qsTr, context
// "Format") and with the locale's digits, dates and times. A value the API did not send arrives
// as undefined (or null) and is shown as "unknown", never as "undefined", 0 or "No".
.pragma library

function isKnown(value) {
    return value !== undefined && value !== null && !(typeof value === "string" && value.length === 0)
}

function text(value, fallback) {
    if (isKnown(value))
        return String(value)
    return fallback !== undefined ? fallback : unknown()
}

// What the window says for a value it does not know.
function unknown() {
    return qsTr("unknown")
}

function yesNo(value) {
    if (!isKnown(value))
        return unknown()
    return value ? qsTr("Yes") : qsTr("No")
}

function onOff(value) {
    if (!isKnown(value))
        return unknown()
    return value ? qsTr("On") : qsTr("Off")
}

function isDate(value) {
    return value instanceof Date && !isNaN(value.getTime())
}

// Locale.LongFormat and Locale.ShortFormat: a library script does not see the Locale type.
const longFormat = 0
const shortFormat = 1

// The C locale prints 1234; people read 1,234.
function locale() {
    const current = Qt.locale()
    return current.name === "C" ? Qt.locale("en_US") : current
}

function count(value) {
    if (!isKnown(value) || value < 0)
        return unknown()
    return Number(value).toLocaleString(locale(), "f", 0)
}

// The old way of a count with its noun, English only: count(n) + " " + (n === 1 ? one : many).
// Kept for callers not yet moved; write qsTr("%Ln number(s)", "", n) instead, which the
// translation gives the plural forms of its language.
function plural(n, one, many) {
    return count(n) + " " + (n === 1 ? one : many)
}

// "3/4/25 2:05:09 PM CET", "04.03.25 14:05:09 MEZ": the locale's short date and its time to
// the second, with the time zone, in the agent's own time zone.
function absolute(date) {
    if (!isDate(date))
        return unknown()
    const current = locale()
    return date.toLocaleString(current, current.dateFormat(shortFormat) + " " + current.timeFormat(longFormat))
}

// "3/4/25", "04.03.25": the locale's short date.
function day(date) {
    if (!isDate(date))
        return unknown()
    return date.toLocaleDateString(locale(), shortFormat)
}

// "2:05 PM", "14:05": the locale's short time of day.
function clock(date) {
    if (!isDate(date))
        return unknown()
    return date.toLocaleTimeString(locale(), shortFormat)
}

// "in 4 min", "3 days ago", "just now", relative to `now`.
function relative(date, now) {
    if (!isDate(date))
        return unknown()
    const seconds = Math.round((date.getTime() - now.getTime()) / 1000)
    const magnitude = Math.abs(seconds)
    if (magnitude < 45)
        return seconds > 0 ? qsTr("in a few seconds") : qsTr("just now")
    // The amounts stand in "in %1" and "%1 ago", and are told apart from days() by their
    // disambiguation: German puts them in the dative ("in 3 Tagen", "vor 3 Tagen").
    let amount
    if (magnitude < 3600)
        //: Minutes, abbreviated, as in "in 4 min" and "4 min ago"
        amount = qsTr("%Ln min", "in or ago", Math.max(1, Math.round(magnitude / 60)))
    else if (magnitude < 86400)
        //: Hours, abbreviated, as in "in 3 h" and "3 h ago"
        amount = qsTr("%Ln h", "in or ago", Math.round(magnitude / 3600))
    else if (magnitude < 30 * 86400)
        //: As in "in 3 days" and "3 days ago"
        amount = qsTr("%Ln day(s)", "in or ago", Math.round(magnitude / 86400))
    else if (magnitude < 365 * 86400)
        //: As in "in 2 months" and "2 months ago"
        amount = qsTr("%Ln month(s)", "in or ago", Math.round(magnitude / (30 * 86400)))
    else
        //: As in "in 2 years" and "2 years ago"
        amount = qsTr("%Ln year(s)", "in or ago", Math.round(magnitude / (365 * 86400)))
    //: %1 is an amount of time: "in 4 min", "in 3 days"
    return seconds > 0 ? qsTr("in %1").arg(amount)
                       //: %1 is an amount of time: "4 min ago", "3 days ago"
                       : qsTr("%1 ago").arg(amount)
}

// "1 day", "30 days": a span of whole days on its own ("keep entries for 30 days").
function days(n) {
    return qsTr("%Ln day(s)", "", n)
}

// Like relative() for something that has happened: the clock ticks only twice a minute, so an
// event newer than its last tick is "just now", not in the future.
function since(date, now) {
    if (!isDate(date))
        return unknown()
    return relative(date, date.getTime() > now.getTime() ? date : now)
}

// "3 days ago · 3/4/25 2:05:09 PM CET"
function moment(date, now) {
    if (!isDate(date))
        return unknown()
    return relative(date, now) + " · " + absolute(date)
}

// moment() for something that has happened, such as a creation time.
function pastMoment(date, now) {
    if (!isDate(date))
        return unknown()
    return since(date, now) + " · " + absolute(date)
}

// The badge of a verification state (PhoneNumberListModel's verificationState role).
function verificationLabel(state, status) {
    switch (state) {
    case "verified": return qsTr("Verified")
    case "unverified": return qsTr("Pending")
    case "expired": return qsTr("Expired")
    case "failed": return qsTr("Failed")
    case "none": return qsTr("Never verified")
    }
    // A status PhoneDesk does not know is shown as Clerk sent it.
    return isKnown(status) ? String(status) : unknown()
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
    case "verified": return qsTr("The user proved they hold this number, or an admin marked it verified.")
    case "unverified": return qsTr("A code was sent and has not been entered yet.")
    case "expired": return qsTr("A code was sent but not entered in time; the user needs a new one.")
    case "failed": return qsTr("Too many wrong codes were entered; the user needs a new one.")
    case "none": return qsTr("Never verified: no code was ever sent and no admin marked it verified.")
    }
    return qsTr("Clerk reported a status PhoneDesk does not know.")
}

function verificationKindLabel(kind) {
    switch (kind) {
    case "otp": return qsTr("One-time code")
    case "admin": return qsTr("Set by an admin")
    case "none": return qsTr("None")
    }
    return unknown()
}

// "Google, GitHub" from the linkedTo role's [{type, id, provider}].
function providers(links) {
    if (!links || links.length === undefined)
        return ""
    const names = []
    for (let i = 0; i < links.length; ++i) {
        const name = links[i] && isKnown(links[i].provider) ? String(links[i].provider) : unknown()
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
        parts.push(qsTr("Region unknown"))
    if (isKnown(numberType) && numberType !== "unknown type") // untranslated: the list model's value for no type
        parts.push(numberTypeText(numberType))
    return parts.join(" · ")
}

// The kind of a number in words: the list model gives the phone library's English name
// (PhoneNumberInfo::typeName); the words are the Add number dialog's, translated once there.
function numberTypeText(numberType) {
    const context = "PhoneDesk::TypedNumber" // untranslated: a translation context
    const kind = "kind of phone number" // untranslated: the disambiguation of the words
    switch (numberType) {
    case "fixed line": return qsTranslate(context, "fixed line", kind) // untranslated: the library's name
    case "mobile": return qsTranslate(context, "mobile", kind)
    case "fixed line or mobile": return qsTranslate(context, "fixed line or mobile", kind) // untranslated: the library's name
    case "toll free": return qsTranslate(context, "toll free", kind) // untranslated: the library's name
    case "premium rate": return qsTranslate(context, "premium rate", kind) // untranslated: the library's name
    case "shared cost": return qsTranslate(context, "shared cost", kind) // untranslated: the library's name
    case "VoIP": return qsTranslate(context, "VoIP", kind) // untranslated: the library's name
    case "personal number": return qsTranslate(context, "personal number", kind) // untranslated: the library's name
    case "pager": return qsTranslate(context, "pager", kind)
    case "universal access number": return qsTranslate(context, "universal access number", kind) // untranslated: the library's name
    case "voicemail": return qsTranslate(context, "voicemail", kind)
    }
    return text(numberType)
}

// The number as a person reads it; a number that is not E.164 is shown exactly as stored.
function number(formatted, phoneNumber, isE164) {
    if (isE164 === true && isKnown(formatted))
        return String(formatted)
    return text(phoneNumber, text(formatted))
}

// "24:13", "1:02:03": what is left of a countdown, in seconds, in the locale's digits.
function countdown(seconds) {
    const total = Math.max(0, Math.ceil(seconds))
    const hours = Math.floor(total / 3600)
    const minutes = Math.floor((total % 3600) / 60)
    const rest = total % 60
    const current = locale()
    const digits = (n) => Number(n).toLocaleString(current, "f", 0)
    const two = (n) => (n < 10 ? current.zeroDigit : "") + digits(n)
    return hours > 0 ? digits(hours) + ":" + two(minutes) + ":" + two(rest) : digits(minutes) + ":" + two(rest)
}

// The badge of a sign-in finding's kind (SignInFindingModel's kind role).
function signInKindLabel(kind) {
    switch (kind) {
    case "banned": return qsTr("Banned")
    case "locked": return qsTr("Locked")
    case "no_usable_identifier": return qsTr("Nothing to sign in with")
    case "second_factor_unusable": return qsTr("2FA unusable")
    case "sms_country_blocked": return qsTr("SMS blocked")
    case "number_invalid": return qsTr("Invalid number")
    case "code_expired": return qsTr("Code expired")
    case "code_pending": return qsTr("Code pending")
    }
    return isKnown(kind) ? String(kind) : unknown()
}

// "Yes · ends in 24:13 (at 2:27 PM)": a user's lockout as the sign-in check and the Unlock
// dialog show it; `secondsLeft` is NaN for a lockout without end.
function lockout(locked, endsAt, secondsLeft) {
    if (!isKnown(locked))
        return unknown()
    if (!locked)
        return qsTr("No")
    if (!isDate(endsAt))
        return qsTr("Yes · never expires")
    if (secondsLeft <= 0)
        return qsTr("Yes · the lockout has just run out")
    //: %1 is the time left ("24:13"), %2 the time of day the lockout ends
    return qsTr("Yes · ends in %1 (at %2)").arg(countdown(secondsLeft)).arg(clock(endsAt))
}
