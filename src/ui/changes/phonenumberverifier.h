// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/accountchange.h"

#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the verification dialog: sends a one-time code to a number
// (prepare_verification), keeps the pending verification it answers, and checks the code the
// customer reads out (attempt_verification). Codes are checked for form before anything is sent,
// are never stored nor logged, and each answer is put into an outcome and a sentence for the
// agent. After every answer the owner is read again, so that the list shows the number as Clerk
// now has it (Pending after a send, Verified after the right code).
class PhoneNumberVerifier : public AccountChange
{
    Q_OBJECT
    QML_ELEMENT

    // Setting it drops whatever belonged to the number before.
    Q_PROPERTY(QString phoneNumberId READ phoneNumberId WRITE setPhoneNumberId NOTIFY phoneNumberIdChanged)
    // The owner, re-read after each answer; taken from the model's row when not set.
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // Wrong codes a verification takes before it fails, when known (the demo sandbox says; Clerk
    // does not publish it); 0: unknown.
    Q_PROPERTY(int maxAttempts READ maxAttempts WRITE setMaxAttempts NOTIFY maxAttemptsChanged)

    // The number's verification state as the list model shows it now ("verified", "unverified",
    // "expired", "failed", "none", "other"); empty when the number is not in the model.
    Q_PROPERTY(QString numberState READ numberState NOTIFY numberStateChanged)
    Q_PROPERTY(QString numberStatus READ numberStatus NOTIFY numberStateChanged)

    // The verification of the last code sent; empty before the first send.
    Q_PROPERTY(QString verificationId READ verificationId NOTIFY verificationChanged)
    // As Clerk sent it: "unverified" while the code waits, then "verified", "expired", "failed".
    Q_PROPERTY(QString status READ status NOTIFY verificationChanged)
    Q_PROPERTY(QString strategy READ strategy NOTIFY verificationChanged)
    // "sms", "whatsapp"…; empty when Clerk did not say.
    Q_PROPERTY(QString channel READ channel NOTIFY verificationChanged)
    // Codes tried against this verification; -1 when unknown.
    Q_PROPERTY(int attempts READ attempts NOTIFY verificationChanged)
    // -1 when unknown (maxAttempts or attempts unknown).
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY verificationChanged)
    // When the code stops working, by the server's clock; invalid when unknown.
    Q_PROPERTY(QDateTime expireAt READ expireAt NOTIFY verificationChanged)
    // A code was sent and can still be checked (as far as the last answer said).
    Q_PROPERTY(bool hasPending READ hasPending NOTIFY verificationChanged)

    // The result of the last check: "", "verified", "wrongCode", "expired", "tooManyAttempts", "failed".
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    // The outcome in a sentence for the agent; empty when there is none.
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY outcomeChanged)

    Q_PROPERTY(bool sending READ sending NOTIFY requestChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY requestChanged)
    Q_PROPERTY(bool canSend READ canSend NOTIFY requestChanged)
    Q_PROPERTY(bool canCheck READ canCheck NOTIFY requestChanged)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)

public:
    // Clerk's one-time codes are six digits (its test code 424242 too).
    static constexpr int kCodeLength = 6;

    explicit PhoneNumberVerifier(QObject *parent = nullptr);
    ~PhoneNumberVerifier() override;

    [[nodiscard]] QString phoneNumberId() const { return m_phoneNumberId; }
    void setPhoneNumberId(const QString &id);
    [[nodiscard]] QString userId() const { return m_userId; }
    void setUserId(const QString &id);
    [[nodiscard]] int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts);

    [[nodiscard]] QString numberState() const { return m_numberState; }
    [[nodiscard]] QString numberStatus() const { return m_numberStatus; }

    [[nodiscard]] QString verificationId() const { return m_verification.id.value_or(QString()); }
    [[nodiscard]] QString status() const { return m_verification.status; }
    [[nodiscard]] QString strategy() const { return m_verification.strategy; }
    [[nodiscard]] QString channel() const { return m_verification.channel.value_or(QString()); }
    [[nodiscard]] int attempts() const { return m_verification.attempts.value_or(-1); }
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] QDateTime expireAt() const;
    [[nodiscard]] bool hasPending() const;

    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString outcomeText() const { return m_outcomeText; }

    [[nodiscard]] bool sending() const { return busy() && m_request == Request::Send; }
    [[nodiscard]] bool checking() const { return busy() && m_request == Request::Check; }
    [[nodiscard]] bool canSend() const { return !busy() && !m_phoneNumberId.isEmpty(); }
    [[nodiscard]] bool canCheck() const { return !busy() && hasPending(); }
    [[nodiscard]] static int codeLength() { return kCodeLength; }

    // The code as typed without the spaces and dashes a customer reads out ("123 456" → "123456").
    Q_INVOKABLE static QString normalizedCode(const QString &typed);
    // Why `typed` cannot be a code, for a person; empty when it can.
    Q_INVOKABLE static QString codeProblem(const QString &typed);

    // Sends a new code (prepare_verification); a pending one is replaced.
    Q_INVOKABLE void sendCode();
    // Checks the customer's code against the pending verification (attempt_verification). A code
    // of the wrong form, or no pending verification, is refused without sending anything.
    Q_INVOKABLE void checkCode(const QString &typed);

Q_SIGNALS:
    void phoneNumberIdChanged();
    void userIdChanged();
    void maxAttemptsChanged();
    void numberStateChanged();
    void verificationChanged();
    void outcomeChanged();
    void requestChanged();
    // Clerk answered a prepare_verification: a code is on its way.
    void sent();
    // Clerk answered an attempt: the code was used up, whatever the outcome.
    void checked();

private:
    enum class Request { None, Send, Check };

    void reset();
    void modelSet() override;
    void refreshNumberState();
    void setVerification(const Verification &verification);
    void setOutcome(const QString &outcome, const QString &text);
    void takeSent(const ApiResult<Verification> &result);
    void takeAttempt(const ApiResult<Verification> &result);
    void takeOutcome(const Verification &answer);
    // Re-reads the owner so that the list shows the number as Clerk now has it, then ends the
    // request (done() when the number was verified).
    void showOnList(bool verified);
    [[nodiscard]] QString ownerId() const;
    [[nodiscard]] std::optional<qint64> expireAtOnList() const;

    QString m_phoneNumberId;
    QString m_userId;
    // The expiry of the number's pending code before a code was sent, as the list showed it.
    std::optional<qint64> m_expireBeforeSend;
    int m_maxAttempts = 0;
    QString m_numberState;
    QString m_numberStatus;
    Verification m_verification;
    QString m_outcome;
    QString m_outcomeText;
    Request m_request = Request::None;
    QMetaObject::Connection m_modelWatches[4];
};

} // namespace PhoneDesk
