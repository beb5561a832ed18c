// SPDX-License-Identifier: MIT
// libFuzzer target over everything PhoneDesk reads from a server: the JSON → domain parsing of
// GET /users pages, phone numbers, verifications, users, delete answers, GET /sessions lists,
// sessions and the instance's communication settings, and ApiError's
// reading of error answers with any status, body, trace id and Retry-After header.
// Whatever the bytes, each reader returns a value or a reason, never crashes, and what it returns
// holds together: the wire form PhoneDesk writes back is valid JSON that reads back to the same
// facts. A broken rule aborts, so libFuzzer (or the corpus replay) reports it like a crash.
//
// One input is an answer body, optionally followed by NUL-separated header fields for the error
// reader: body '\0' status '\0' X-Clerk-Trace-Id '\0' Retry-After. JSON bodies hold no NUL, so
// the seed corpus's plain bodies are valid inputs as they are.
#include "api/apierror.h"
#include "domain/deletedobject.h"
#include "domain/instancecommunication.h"
#include "domain/phonenumber.h"
#include "domain/session.h"
#include "domain/usernumberspage.h"
#include "domain/userpage.h"
#include "domain/usersummary.h"
#include "domain/verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PhoneDesk;

namespace {

void require(bool holds, const char *rule)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz_parsing: broken rule: %s\n", rule);
        std::abort();
    }
}

// Text as it survives a trip through UTF-8 (a lone surrogate becomes U+FFFD): what a reader of
// PhoneDesk's own JSON can get back at best.
QString throughUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

// The body's JSON as ClerkClient reads an object answer: valid JSON, an object, then T::fromJson.
template<typename T>
void readObjectAnswer(const QJsonDocument &doc, bool isJson, void (*check)(const T &))
{
    if (!isJson || !doc.isObject())
        return;
    const Parsed<T> parsed = T::fromJson(doc.object());
    if (parsed.ok())
        check(parsed.value());
    else
        require(!parsed.error().isEmpty(), "a failed read says why");
}

QJsonObject reparse(const QByteArray &bytes, const char *rule)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    require(error.error == QJsonParseError::NoError && doc.isObject(), rule);
    return doc.object();
}

void checkVerification(const Verification &v)
{
    (void)v.isExpiredAt(0);
    (void)v.statusKind();
    const QJsonObject wire = reparse(v.toJsonBytes(), "a verification is written as a JSON object");
    const Parsed<Verification> again = Verification::fromJson(wire);
    require(again.ok(), "a written verification reads back");
    const Verification &w = again.value();
    require(w.kind == v.kind, "a verification keeps its kind");
    require(w.status == throughUtf8(v.status) && w.strategy == throughUtf8(v.strategy),
            "a verification keeps its status and strategy");
    require(w.attempts == v.attempts && w.expireAt == v.expireAt, "a verification keeps its attempts and expiry");
    require(w.id.has_value() == v.id.has_value(), "a verification keeps its id");
    // The admin variant has no channel in the spec, so it is not written for it.
    if (v.kind != Verification::Kind::Admin)
        require(w.channel.has_value() == v.channel.has_value(), "a verification keeps its channel");
}

void checkPhoneNumber(const PhoneNumber &p)
{
    (void)p.isVerified();
    for (const IdentificationLink &link : p.linkedTo)
        (void)link.providerName();
    if (p.verification)
        checkVerification(*p.verification);
    const QJsonObject wire = reparse(p.toJsonBytes(), "a phone number is written as a JSON object");
    const Parsed<PhoneNumber> again = PhoneNumber::fromJson(wire);
    require(again.ok(), "a written phone number reads back");
    const PhoneNumber &q = again.value();
    require(q.id == throughUtf8(p.id) && q.phoneNumber == throughUtf8(p.phoneNumber), "a phone number keeps its id and number");
    require(q.reservedForSecondFactor == p.reservedForSecondFactor && q.defaultSecondFactor == p.defaultSecondFactor
                && q.reserved == p.reserved,
            "a phone number keeps its flags");
    require(q.createdAt == p.createdAt && q.updatedAt == p.updatedAt, "a phone number keeps its times");
    require(q.linkedTo.size() == p.linkedTo.size(), "a phone number keeps its links");
    require(q.backupCodes.has_value() == p.backupCodes.has_value()
                && (!p.backupCodes || q.backupCodes->size() == p.backupCodes->size()),
            "a phone number keeps its backup codes");
    require(q.verification.has_value() == p.verification.has_value(), "a phone number keeps its verification");
}

void checkUser(const UserSummary &u)
{
    (void)u.displayName();
    for (const PhoneNumber &phone : u.phoneNumbers)
        checkPhoneNumber(phone);
    const Parsed<UserSummary> again = UserSummary::fromJson(u.toJson());
    require(again.ok(), "a user's summary reads back");
    require(again.value().phoneNumbers.size() == u.phoneNumbers.size() && again.value().problems.isEmpty(),
            "a user's summary keeps every readable phone number");
    require(again.value().primaryEmailAddress == u.primaryEmailAddress, "a user's summary keeps the primary email");
}

void checkDeletedObject(const DeletedObject &d)
{
    const Parsed<DeletedObject> again = DeletedObject::fromJson(d.toJson());
    require(again.ok() && again.value().object == d.object && again.value().id == d.id
                && again.value().deleted == d.deleted,
            "a delete answer reads back");
}

void checkSession(const Session &s)
{
    (void)s.isActive();
    if (s.latestActivity)
        (void)s.latestActivity->describe();
    const Parsed<Session> again = Session::fromJson(s.toJson());
    require(again.ok(), "a written session reads back");
    require(again.value().id == throughUtf8(s.id) && again.value().userId == throughUtf8(s.userId)
                && again.value().status == throughUtf8(s.status),
            "a session keeps its id, user and status");
    require(again.value().expireAt == s.expireAt && again.value().latestActivity.has_value() == s.latestActivity.has_value(),
            "a session keeps its expiry and activity");
}

void checkCommunication(const InstanceCommunication &c)
{
    const Parsed<InstanceCommunication> again = InstanceCommunication::fromJson(c.toJson());
    require(again.ok() && again.value().blockedCountryCodes.size() == c.blockedCountryCodes.size(),
            "the communication settings read back with every code");
}

// GET /sessions: the whole list or a reason, never a part of it.
void readSessionList(const QByteArray &body)
{
    const Parsed<QList<Session>> sessions = Session::listFromJson(body);
    if (!sessions.ok()) {
        require(!sessions.error().isEmpty(), "an unreadable list of sessions says why");
        return;
    }
    for (const Session &session : sessions.value())
        checkSession(session);
}

void readUserPage(const QByteArray &body)
{
    const Parsed<UserPage> page = UserPage::fromJson(body);
    if (!page.ok()) {
        require(!page.error().isEmpty(), "an unreadable page says why");
        return;
    }
    const UserPage &p = page.value();
    require(p.users.size() <= p.receivedCount, "a page holds no more users than were sent");
    // The page is read with simdjson; each user read with Qt's JSON must come out the same.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        QList<UserSummary> withQt;
        for (const QJsonValue item : doc.array()) {
            if (!item.isObject())
                continue;
            Parsed<UserSummary> user = UserSummary::fromJson(item.toObject());
            if (user.ok())
                withQt.append(user.takeValue());
        }
        require(withQt == p.users, "a page reads the same users with Qt's JSON as with simdjson");
    }
    // Every entry is either a user or a reason; a user may add reasons for its numbers.
    require(p.users.size() + p.problems.size() >= p.receivedCount, "every unreadable user is reported");
    for (const UserSummary &user : p.users)
        checkUser(user);
}

// The walk's reading of the same page (simdjson): what it hands on is JSON that Qt reads back
// into the same PhoneNumber, and it counts the entries as UserPage does.
void readUserNumbersPage(const QByteArray &body)
{
    const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(body);
    if (!page.ok()) {
        require(!page.error().isEmpty(), "an unreadable page says why");
        return;
    }
    const UserNumbersPage &p = page.value();
    require(p.users.size() <= p.receivedCount, "a page holds no more users than were sent");
    require(p.users.size() + p.problems.size() >= p.receivedCount, "every unreadable user is reported");
    const Parsed<UserPage> typed = UserPage::fromJson(body);
    if (typed.ok())
        require(typed.value().receivedCount == p.receivedCount, "both readings count the same entries");
    for (const UserNumbersPage::User &user : p.users) {
        for (const UserNumbersPage::Number &number : user.phoneNumbers) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(number.json, &error);
            require(error.error == QJsonParseError::NoError && doc.isObject(), "a number is handed on as a JSON object");
            require(!doc.object().contains(QLatin1StringView("user_id")), "a number carries no user_id of its own");
            // Both JSON libraries read a number alike.
            const Parsed<PhoneNumber> again = PhoneNumber::fromJson(doc.object());
            require(again.ok() && again.value() == number.phone, "a number reads the same with Qt's JSON");
            checkPhoneNumber(number.phone);
        }
    }
}

void readErrorAnswer(const QByteArray &body, const QList<QByteArray> &headers)
{
    bool numeric = false;
    const int status = headers.value(0).toInt(&numeric);
    const int httpStatus = numeric ? status : 500;
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), httpStatus, body, headers.value(1), headers.value(2));
    require(e.httpStatus == httpStatus && !e.isTransport(), "an HTTP error keeps its status");
    require(!e.retryAfterSeconds || *e.retryAfterSeconds >= 0, "Retry-After is never negative");
    require(e.message().startsWith(QStringLiteral("GET /users failed with HTTP ")), "an HTTP error names the request");
    (void)e.code();
    (void)e.paramName();
    (void)e.isKeyRejected();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<QByteArray> fields = input.split('\0');
    const QByteArray body = fields.takeFirst();

    readUserPage(body);
    readUserNumbersPage(body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const bool isJson = error.error == QJsonParseError::NoError;
    readObjectAnswer<PhoneNumber>(doc, isJson, &checkPhoneNumber);
    readObjectAnswer<Verification>(doc, isJson, &checkVerification);
    readObjectAnswer<UserSummary>(doc, isJson, &checkUser);
    readObjectAnswer<DeletedObject>(doc, isJson, &checkDeletedObject);
    readSessionList(body);
    readObjectAnswer<Session>(doc, isJson, &checkSession);
    readObjectAnswer<InstanceCommunication>(doc, isJson, &checkCommunication);
    readErrorAnswer(body, fields);
    return 0;
}
