// SPDX-License-Identifier: MIT
#pragma once

#include "auditfindingmodel.h"

#include "ui/list/phonenumberlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

class InstanceAudit;

// The backend of the audit view: runs an InstanceAudit through the client of `model` (the
// window's list), with progress, cancel and resume, and keeps the findings in a model grouped by
// kind; exports them as CSV or JSON lines.
class AuditRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // Whose client the audit uses: the list the window shows.
    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(PhoneDesk::AuditFindingModel *findings READ findings CONSTANT)
    Q_PROPERTY(int pendingAgeDays READ pendingAgeDays WRITE setPendingAgeDays NOTIFY pendingAgeDaysChanged)
    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY progressChanged)
    // Stopped part-way (cancelled or failed): resume() continues where it stopped.
    Q_PROPERTY(bool canResume READ canResume NOTIFY progressChanged)
    Q_PROPERTY(int usersRead READ usersRead NOTIFY progressChanged)
    // -1 until known.
    Q_PROPERTY(qint64 totalUsers READ totalUsers NOTIFY progressChanged)
    // 0…1; 0 while the total is unknown.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    // Where the run stands, in words.
    Q_PROPERTY(QString status READ status NOTIFY progressChanged)
    // Why the last run stopped, with Clerk's message and trace id; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY progressChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY progressChanged)

public:
    explicit AuditRun(QObject *parent = nullptr);
    ~AuditRun() override;

    [[nodiscard]] PhoneNumberListModel *model() const { return m_model; }
    void setModel(PhoneNumberListModel *model);
    [[nodiscard]] AuditFindingModel *findings() { return &m_findings; }
    [[nodiscard]] int pendingAgeDays() const { return m_pendingAgeDays; }
    void setPendingAgeDays(int days);
    [[nodiscard]] bool running() const;
    [[nodiscard]] bool complete() const;
    [[nodiscard]] bool canResume() const;
    [[nodiscard]] int usersRead() const;
    [[nodiscard]] qint64 totalUsers() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int problemCount() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void resume();
    // Writes the findings to `file` as "csv" or "jsonl"; the error for a person, or "" when written.
    Q_INVOKABLE QString exportTo(const QUrl &file, const QString &format) const;

Q_SIGNALS:
    void modelChanged();
    void pendingAgeDaysChanged();
    void progressChanged();
    void finished();

private:
    [[nodiscard]] InstanceAudit *audit();

    QPointer<PhoneNumberListModel> m_model;
    InstanceAudit *m_audit = nullptr; // for the model's client; made on first start
    AuditFindingModel m_findings;
    int m_pendingAgeDays;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace PhoneDesk
