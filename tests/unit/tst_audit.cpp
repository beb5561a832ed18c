// SPDX-License-Identifier: MIT
// The instance audit against the in-process sandbox over loopback HTTP, with one planted case
// of each kind (SandboxStore::plantAuditCases) in demo data that has none by design: the audit
// finds exactly the planted cases and the generator's documented legacy numbers, pages through
// more users than a page holds, resumes after a cancel without losing or repeating anything,
// takes its pending age as configured, and fails with Clerk's error. The findings model is
// watched by QAbstractItemModelTester; AuditRun exports what it found.
#include "export/auditexport.h"
#include "ui/auditview/auditfindingmodel.h"
#include "ui/auditview/auditrun.h"
#include "audit/instanceaudit.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/window/translations.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace PhoneDesk;

namespace {
using Case = SandboxStore::AuditCase;

QList<Case> casesOf(const QList<AuditFinding> &findings)
{
    QList<Case> cases;
    for (const AuditFinding &finding : findings)
        cases.append({finding.kindKey(), finding.userId, finding.phoneNumberId});
    return cases;
}

QList<Case> sorted(QList<Case> cases)
{
    std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) {
        return std::tie(a.kind, a.userId, a.phoneNumberId) < std::tie(b.kind, b.userId, b.phoneNumberId);
    });
    return cases;
}

QByteArray described(const QList<Case> &cases)
{
    QStringList lines;
    for (const Case &c : cases)
        lines.append(QStringList{c.kind, c.userId, c.phoneNumberId}.join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n')).toUtf8();
}

// Runs `audit` to its end; false when it failed or did not end within a minute.
bool ranToTheEnd(InstanceAudit &audit)
{
    QSignalSpy finished(&audit, &InstanceAudit::finished);
    QSignalSpy failed(&audit, &InstanceAudit::failed);
    audit.start();
    return QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000) && failed.isEmpty();
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    ClerkClient m_client;
    QList<Case> m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        // AuditRun's status in English, plural forms included, as the window shows it.
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        Sandbox::Options options;
        options.users = 260; // three pages of InstanceAudit::kPageSize
        options.seed = 11;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        options.plantAuditCases = true;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        m_expected = sorted(m_sandbox.store().auditCases());
    }

    // Every kind is planted at least once, on the first ten users.
    void plantsEveryKind()
    {
        QSet<QString> kinds;
        for (const Case &c : m_expected)
            kinds.insert(c.kind);
        for (int kind = 0; kind < AuditFinding::kKindCount; ++kind)
            QVERIFY2(kinds.contains(AuditFinding::kindKey(static_cast<AuditFinding::Kind>(kind))),
                     qPrintable(AuditFinding::kindKey(static_cast<AuditFinding::Kind>(kind))));
        QVERIFY(m_expected.size() >= 12);
    }

    void findsEveryPlantedCaseAndNothingElse()
    {
        InstanceAudit audit(&m_client);
        QVERIFY(ranToTheEnd(audit));
        QCOMPARE(audit.usersRead(), 260);
        QCOMPARE(audit.total(), qint64(260));
        QVERIFY(audit.isComplete());
        QVERIFY(audit.problems().isEmpty());
        const QList<Case> found = sorted(casesOf(audit.findings()));
        QVERIFY2(found == m_expected, "found:\n" + described(found) + "\nexpected:\n" + described(m_expected));
        for (const AuditFinding &finding : audit.findings()) {
            QVERIFY2(!finding.explanation.isEmpty() && !finding.explanation.contains(u'\n'), qPrintable(finding.explanation));
            QVERIFY(!finding.userName.isEmpty());
            QCOMPARE(finding.phoneNumber.isEmpty(), finding.phoneNumberId.isEmpty());
        }
    }

    void explainsInOneLine()
    {
        InstanceAudit audit(&m_client);
        QVERIFY(ranToTheEnd(audit));
        QHash<QString, QString> byKind;
        for (const AuditFinding &finding : audit.findings())
            byKind.insert(finding.kindKey() + (finding.phoneNumber.isEmpty() ? QString() : QStringLiteral(":") + finding.phoneNumber), finding.explanation);
        QVERIFY(byKind.value(QStringLiteral("not_e164:+44 20 7946 0101")).contains(QStringLiteral("+442079460101")));
        QVERIFY(byKind.value(QStringLiteral("lookalike:+4402079460202")).contains(QStringLiteral("\"+442079460202\"")));
        QVERIFY(byKind.value(QStringLiteral("lookalike:+4402079460202")).contains(QStringLiteral("written differently")));
        QVERIFY(byKind.value(QStringLiteral("stale_verification:+442079460606")).contains(QStringLiteral("still pending")));
        QVERIFY(byKind.value(QStringLiteral("stale_verification:+442079460707")).contains(QStringLiteral("expired")));
        QVERIFY(byKind.value(QStringLiteral("two_factor_without_factor:+442079460303")).contains(QStringLiteral("not verified")));
    }

    // Cancelled after its first page, the audit resumes from its offset: nothing lost, nothing twice.
    void resumesWhereItWasCancelled()
    {
        InstanceAudit audit(&m_client);
        QSignalSpy cancelled(&audit, &InstanceAudit::cancelled);
        QSignalSpy finished(&audit, &InstanceAudit::finished);
        connect(&audit, &InstanceAudit::progressChanged, this, [&audit] {
            if (audit.isRunning() && audit.usersRead() == InstanceAudit::kPageSize)
                audit.cancel();
        });
        audit.start();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
        QVERIFY(!audit.isRunning());
        QCOMPARE(audit.usersRead(), InstanceAudit::kPageSize);
        QVERIFY(finished.isEmpty());
        disconnect(&audit, &InstanceAudit::progressChanged, this, nullptr);

        audit.resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(audit.usersRead(), 260);
        QCOMPARE(sorted(casesOf(audit.findings())), m_expected);
    }

    void takesThePendingAgeAsConfigured()
    {
        // The planted codes ran out 30 and 60 days ago; the demo's own at most 3 days ago.
        InstanceAudit audit(&m_client);
        audit.setPendingAgeDays(45);
        QVERIFY(ranToTheEnd(audit));
        int stale = 0;
        for (const AuditFinding &finding : audit.findings()) {
            if (finding.kind == AuditFinding::Kind::StaleVerification) {
                ++stale;
                QCOMPARE(finding.phoneNumber, QStringLiteral("+442079460707"));
            }
        }
        QCOMPARE(stale, 1);

        audit.setPendingAgeDays(0);
        QVERIFY(ranToTheEnd(audit));
        int recent = 0;
        for (const AuditFinding &finding : audit.findings())
            recent += finding.kind == AuditFinding::Kind::StaleVerification ? 1 : 0;
        QVERIFY2(recent > 2, "the demo data has codes that expired within the last days");
    }

    void failsWithClerksError()
    {
        ClerkClient wrongKey;
        wrongKey.setBaseUrl(m_sandbox.baseUrl());
        wrongKey.setSecretKey(QStringLiteral("sk_test_wrong"));
        InstanceAudit audit(&wrongKey);
        QSignalSpy failed(&audit, &InstanceAudit::failed);
        audit.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!audit.isRunning());
        QVERIFY(!audit.isComplete());
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 401);
    }

    // Groups stay together and carry their counts while findings arrive in batches.
    void groupsFindingsInTheModel()
    {
        InstanceAudit audit(&m_client);
        QVERIFY(ranToTheEnd(audit));
        AuditFindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<AuditFinding> all = audit.findings();
        const qsizetype half = all.size() / 2;
        model.append(all.mid(0, half));
        model.append(all.mid(half));
        QCOMPARE(qsizetype(model.rowCount()), all.size());

        int lastKind = -1;
        QSet<QString> closed;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString kind = index.data(AuditFindingModel::KindRole).toString();
            const int count = index.data(AuditFindingModel::GroupCountRole).toInt();
            QVERIFY2(!closed.contains(kind), qPrintable(kind + QStringLiteral(" appears in two places")));
            if (row > 0 && model.index(row - 1).data(AuditFindingModel::KindRole).toString() != kind)
                closed.insert(model.index(row - 1).data(AuditFindingModel::KindRole).toString());
            int expected = 0;
            for (const AuditFinding &finding : all)
                expected += finding.kindKey() == kind ? 1 : 0;
            QCOMPARE(count, expected);
            QVERIFY(index.data(AuditFindingModel::GroupRole).toString().endsWith(QStringLiteral("(%1)").arg(expected)));
            int kindIndex = 0;
            while (AuditFinding::kindKey(static_cast<AuditFinding::Kind>(kindIndex)) != kind)
                ++kindIndex;
            QVERIFY(kindIndex >= lastKind);
            lastKind = kindIndex;
        }
        QCOMPARE(model.groups().size(), qsizetype(AuditFinding::kKindCount));
        const QVariantMap first = model.get(0);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("not_e164"));
        QVERIFY(!first.value(QStringLiteral("explanation")).toString().isEmpty());
        QVERIFY(model.get(-1).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void runsAndExportsFromTheView()
    {
        PhoneNumberListModel list;
        list.setClient(&m_client);
        AuditRun run;
        run.setModel(&list);
        QSignalSpy finished(&run, &AuditRun::finished);
        run.start();
        QVERIFY(run.running());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(run.complete());
        QCOMPARE(run.progress(), 1.0);
        QCOMPARE(run.usersRead(), 260);
        QCOMPARE(qsizetype(run.findings()->rowCount()), m_expected.size());
        QVERIFY2(run.status().contains(QStringLiteral("%1 findings").arg(m_expected.size())), qPrintable(run.status()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("findings.csv"));
        QCOMPARE(run.exportTo(QUrl::fromLocalFile(csv), QStringLiteral("csv")), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvFile.readAll().split('\n');
        QCOMPARE(csvLines.first(), QByteArray("kind,user_id,user_name,phone_number_id,phone_number,explanation\r"));
        QCOMPARE(csvLines.size(), m_expected.size() + 2); // header, findings, and the empty rest after the last CRLF

        const QString jsonl = dir.filePath(QStringLiteral("findings.jsonl"));
        QCOMPARE(run.exportTo(QUrl::fromLocalFile(jsonl), QStringLiteral("jsonl")), QString());
        QFile jsonlFile(jsonl);
        QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
        QList<Case> exported;
        for (const QByteArray &line : jsonlFile.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            exported.append({object.value(QLatin1StringView("kind")).toString(), object.value(QLatin1StringView("user_id")).toString(),
                             object.value(QLatin1StringView("phone_number_id")).toString()});
        }
        QCOMPARE(sorted(exported), m_expected);

        QVERIFY(run.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/dir/f.csv"))), QStringLiteral("csv"))
                    .startsWith(QStringLiteral("Cannot write")));
        QVERIFY(run.exportTo(QUrl::fromLocalFile(csv), QStringLiteral("xml")).contains(QStringLiteral("csv or jsonl")));
    }

    void viewRunStopsAndResumes()
    {
        PhoneNumberListModel list;
        list.setClient(&m_client);
        AuditRun run;
        run.setModel(&list);
        QSignalSpy finished(&run, &AuditRun::finished);
        connect(&run, &AuditRun::progressChanged, this, [&run] {
            if (run.running() && run.usersRead() == InstanceAudit::kPageSize)
                run.cancel();
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.canResume(), 30000);
        QVERIFY(run.status().startsWith(QStringLiteral("Cancelled after 100 of 260 users")));
        disconnect(&run, &AuditRun::progressChanged, this, nullptr);
        run.resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(qsizetype(run.findings()->rowCount()), m_expected.size());
        QVERIFY(!run.canResume());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
