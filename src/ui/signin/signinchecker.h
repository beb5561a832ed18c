// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "domain/usersummary.h"
#include "signin/signindiagnosis.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/list/smsblocklistreader.h"
#include "ui/signin/signinfindingmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace PhoneDesk {

// The backend of the detail pane's "Sign-in check": reads the user (GET /users/{id}) through the
// list model's client and diagnoses them with core's SignInDiagnosis against the instance's SMS
// blocklist as the workspace read it. It diagnoses again, without another read, whenever a change
// made in the window reads the user after it (the list model's userApplied, which every change
// pipeline's ownerRead reaches) and when the blocklist is read; it reads the user again on
// refresh() and when a lockout it shows runs out.
class SignInChecker : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The list model whose client reads the user and whose changes are followed.
    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *model READ model WRITE setModel NOTIFY modelChanged)
    // The instance's SMS blocklist (Workspace.smsBlocklist); without it numbers are not checked.
    Q_PROPERTY(PhoneDesk::SmsBlocklistReader *blocklist READ blocklist WRITE setBlocklist NOTIFY blocklistChanged)
    // The user checked, "user_…"; setting another one reads them.
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    Q_PROPERTY(PhoneDesk::SignInFindingModel *findings READ findings CONSTANT)
    // The user is being read.
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    // There is a diagnosis of userId to show (it stays shown while the user is read again).
    Q_PROPERTY(bool diagnosed READ diagnosed NOTIFY diagnosisChanged)
    // Why the user could not be read; empty when they could.
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stateChanged)
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY stateChanged)
    // The diagnosis took the SMS blocklist into account.
    Q_PROPERTY(bool blocklistKnown READ blocklistKnown NOTIFY diagnosisChanged)
    // The user's sign-in fields as read, for the view (undefined when the API left them out):
    // userName, banned, locked, lockoutEndsAt (date; undefined for a lockout without end),
    // lockoutExpiresInSeconds, verificationAttemptsRemaining, twoFactorEnabled, totpEnabled,
    // backupCodeEnabled, lastSignInAt, mfaEnabledAt, mfaDisabledAt (dates), readAt (date).
    Q_PROPERTY(QVariantMap user READ user NOTIFY diagnosisChanged)

public:
    explicit SignInChecker(QObject *parent = nullptr);
    ~SignInChecker() override;

    [[nodiscard]] PhoneNumberListModel *model() const { return m_model; }
    void setModel(PhoneNumberListModel *model);
    [[nodiscard]] SmsBlocklistReader *blocklist() const { return m_blocklist; }
    void setBlocklist(SmsBlocklistReader *blocklist);
    [[nodiscard]] QString userId() const { return m_userId; }
    void setUserId(const QString &userId);
    [[nodiscard]] SignInFindingModel *findings() { return &m_findings; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool diagnosed() const { return m_diagnosis.has_value(); }
    [[nodiscard]] QString error() const { return m_error ? m_error->message(ApiError::Words::Translated) : QString(); }
    [[nodiscard]] QString errorCode() const { return m_error ? m_error->code() : QString(); }
    [[nodiscard]] QString errorTraceId() const { return m_error ? m_error->traceId : QString(); }
    [[nodiscard]] bool blocklistKnown() const { return m_diagnosis && m_diagnosis->blocklistKnown(); }
    [[nodiscard]] QVariantMap user() const;
    [[nodiscard]] const std::optional<SignInDiagnosis> &diagnosis() const { return m_diagnosis; }

    // The time a user is read at, in milliseconds since the epoch (the system clock by default).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Reads the user again and diagnoses them.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void modelChanged();
    void blocklistChanged();
    void userIdChanged();
    void stateChanged();
    void diagnosisChanged();

private:
    void take(quint64 generation, const ApiResult<UserSummary> &result);
    // The user as read at `readAt`, diagnosed against the blocklist known now.
    void diagnose(const UserSummary &user, qint64 readAt);
    void takeAppliedUser(const UserSummary &user);
    void forget();

    QPointer<PhoneNumberListModel> m_model;
    QPointer<SmsBlocklistReader> m_blocklist;
    QMetaObject::Connection m_modelConnection;
    QMetaObject::Connection m_blocklistConnection;
    QString m_userId;
    SignInFindingModel m_findings;
    std::optional<SignInDiagnosis> m_diagnosis;
    std::optional<ApiError> m_error;
    bool m_loading = false;
    PendingCall m_call;
    quint64 m_generation = 0; // bumped for each read and each other user: older answers are dropped
    std::function<qint64()> m_clock;
    // Reads the user again when the lockout shown runs out, so that "locked" does not outlive it.
    QTimer m_lockoutEnd;
};

} // namespace PhoneDesk
