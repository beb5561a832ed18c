// SPDX-License-Identifier: MIT
#include "signinfindingmodel.h"

#include "ui/signin/signinevidence.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
using Fix = SignInFinding::Fix;
using Kind = SignInFinding::Kind;

template<typename T>
QVariant knownValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant knownTime(const std::optional<qint64> &ms)
{
    return ms ? QVariant(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)) : QVariant();
}
} // namespace

SignInFindingModel::SignInFindingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SignInFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant SignInFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignInFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole: return f.message;
    case KindRole: return f.kindName();
    case EvidenceRole: return m_evidence.at(index.row());
    case ToneRole: return toneOf(f.kind);
    case FixRole: return f.fixName();
    case FixTextRole: return f.fixText;
    case FixActionRole: return actionOf(f.fix);
    case FixButtonTextRole: return buttonTextOf(f.fix);
    case PhoneNumberIdRole: return f.phoneNumberId;
    case PhoneNumberRole: return f.phoneNumber;
    case CountryCodeRole: return f.countryCode;
    case LockoutEndsAtRole: return knownTime(f.lockoutEndsAt);
    case VerificationAttemptsRemainingRole: return knownValue(f.verificationAttemptsRemaining);
    case CodeExpireAtRole: return knownTime(f.codeExpireAt);
    case CodeAttemptsRole: return knownValue(f.codeAttempts);
    default: break;
    }
    return {};
}

QHash<int, QByteArray> SignInFindingModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {KindRole, "kind"},
        {MessageRole, "message"},
        {EvidenceRole, "evidence"},
        {ToneRole, "tone"},
        {FixRole, "fix"},
        {FixTextRole, "fixText"},
        {FixActionRole, "fixAction"},
        {FixButtonTextRole, "fixButtonText"},
        {PhoneNumberIdRole, "phoneNumberId"},
        {PhoneNumberRole, "phoneNumber"},
        {CountryCodeRole, "countryCode"},
        {LockoutEndsAtRole, "lockoutEndsAt"},
        {VerificationAttemptsRemainingRole, "verificationAttemptsRemaining"},
        {CodeExpireAtRole, "codeExpireAt"},
        {CodeAttemptsRole, "codeAttempts"},
    };
    return names;
}

void SignInFindingModel::show(const SignInDiagnosis &diagnosis, const QStringList &blockedCountries)
{
    QStringList evidence;
    evidence.reserve(diagnosis.findings().size());
    for (const SignInFinding &f : diagnosis.findings())
        evidence.append(SignInEvidence::of(f, diagnosis, blockedCountries));
    if (diagnosis.findings() == m_findings && evidence == m_evidence)
        return;
    const bool countChanges = diagnosis.findings().size() != m_findings.size();
    // A check is a handful of findings: a reset is simplest, and views rebuild them at once.
    beginResetModel();
    m_findings = diagnosis.findings();
    m_evidence = evidence;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void SignInFindingModel::clear()
{
    if (m_findings.isEmpty())
        return;
    beginResetModel();
    m_findings.clear();
    m_evidence.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QVariantMap SignInFindingModel::get(int row) const
{
    QVariantMap values;
    const QModelIndex at = index(row);
    if (!at.isValid())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), at.data(it.key()));
    return values;
}

QString SignInFindingModel::actionOf(Fix fix)
{
    switch (fix) {
    case Fix::Unlock: return QStringLiteral("unlock");
    case Fix::Unban: return QStringLiteral("unban");
    case Fix::RemoveTotp: return QStringLiteral("removeTotp");
    case Fix::RemoveBackupCodes: return QStringLiteral("removeBackupCodes");
    case Fix::ResetMfa: return QStringLiteral("resetMfa");
    case Fix::SendCode: return QStringLiteral("verify");
    case Fix::EditNumber: return QStringLiteral("edit");
    case Fix::AddNumber: return QStringLiteral("add");
    case Fix::RevokeSessions: return QStringLiteral("revokeSessions");
    case Fix::ChangeBlocklistInDashboard: return {};
    }
    return {};
}

QString SignInFindingModel::buttonTextOf(Fix fix)
{
    switch (fix) {
    case Fix::Unlock: return tr("Unlock…");
    case Fix::Unban: return tr("Unban…");
    case Fix::RemoveTotp: return tr("Remove authenticator app…");
    case Fix::RemoveBackupCodes: return tr("Remove backup codes…");
    case Fix::ResetMfa: return tr("Reset MFA…");
    case Fix::SendCode: return tr("Send code…");
    case Fix::EditNumber: return tr("Edit number…");
    case Fix::AddNumber: return tr("Add a number…");
    case Fix::RevokeSessions: return tr("Sign out everywhere…");
    case Fix::ChangeBlocklistInDashboard: return {};
    }
    return {};
}

QString SignInFindingModel::toneOf(Kind kind)
{
    switch (kind) {
    case Kind::Banned:
    case Kind::Locked:
    case Kind::NoUsableIdentifier:
    case Kind::SecondFactorUnusable: return QStringLiteral("danger");
    case Kind::SmsCountryBlocked:
    case Kind::NumberInvalid:
    case Kind::CodeExpired: return QStringLiteral("warning");
    case Kind::CodePending: return QStringLiteral("info");
    }
    return QStringLiteral("neutral");
}

} // namespace PhoneDesk
