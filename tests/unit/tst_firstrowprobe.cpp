// SPDX-License-Identifier: MIT
// The window says when it painted its first row, as phonedesk-bench measures it: the real
// `phonedesk --demo`, offscreen, with PHONEDESK_FIRST_ROW=exit, reports and quits by itself;
// without the variable it says nothing of the kind.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestFirstRowProbe : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment windowEnvironment(const QTemporaryDir &config)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        environment.remove(QStringLiteral("CLERK_SECRET_KEY"));
        return environment;
    }

private Q_SLOTS:
    void reportsTheFirstPaintedRowAndQuits();
};

void TestFirstRowProbe::reportsTheFirstPaintedRowAndQuits()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment environment = windowEnvironment(config);
    environment.insert(QStringLiteral("PHONEDESK_FIRST_ROW"), QStringLiteral("exit"));
    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(PHONEDESK_WINDOW_PROGRAM), {QStringLiteral("--demo"), QStringLiteral("--users"), QStringLiteral("40")});
    QVERIFY2(window.waitForFinished(120000), "the window did not quit after its first row");
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    const QString output = QString::fromUtf8(window.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^first row painted: (\\d+) ms after main\\(\\) began$"),
                           QRegularExpression::MultilineOption)
            .match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    QVERIFY(match.captured(1).toLongLong() > 0);
}

QTEST_GUILESS_MAIN(TestFirstRowProbe)
#include "tst_firstrowprobe.moc"
