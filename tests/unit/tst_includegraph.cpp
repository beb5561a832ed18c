// SPDX-License-Identifier: MIT
// The layers point down (docs/architecture.md): every #include in src/ and app/ goes from a folder
// to one that the table below allows, in the house spelling, and no folder reaches Qt Qml, Quick
// or Gui from below the window. An upward include fails here, naming the file and the line.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

// Which folder may include which. A folder may always include its own files.
const QHash<QString, QStringList> &allowed()
{
    static const QStringList core{QStringLiteral("core/domain"),  QStringLiteral("core/phone"),
                                  QStringLiteral("core/cmdline"), QStringLiteral("core/api"),
                                  QStringLiteral("core/settings"), QStringLiteral("core/guard"),
                                  QStringLiteral("core/journal"), QStringLiteral("core/audit"),
                                  QStringLiteral("core/export"),  QStringLiteral("core/operations"),
                                  QStringLiteral("core/signin"),  QStringLiteral("core/storage")};
    const auto withCore = [](QStringList more) { return core + more; };
    static const QHash<QString, QStringList> table{
        {QStringLiteral("core/domain"), {}},
        {QStringLiteral("core/phone"), {}},
        {QStringLiteral("core/cmdline"), {}},
        {QStringLiteral("core/storage"), {}},
        {QStringLiteral("core/api"), {QStringLiteral("core/domain")}},
        {QStringLiteral("core/settings"), {QStringLiteral("core/api"), QStringLiteral("core/domain"), QStringLiteral("core/storage")}},
        {QStringLiteral("core/guard"), {QStringLiteral("core/api"), QStringLiteral("core/domain"), QStringLiteral("core/phone")}},
        {QStringLiteral("core/journal"),
         {QStringLiteral("core/api"), QStringLiteral("core/domain"), QStringLiteral("core/settings"), QStringLiteral("core/storage")}},
        {QStringLiteral("core/audit"),
         {QStringLiteral("core/api"), QStringLiteral("core/domain"), QStringLiteral("core/guard"), QStringLiteral("core/phone")}},
        {QStringLiteral("core/export"),
         {QStringLiteral("core/api"), QStringLiteral("core/audit"), QStringLiteral("core/domain"), QStringLiteral("core/phone")}},
        {QStringLiteral("core/operations"),
         {QStringLiteral("core/api"), QStringLiteral("core/domain"), QStringLiteral("core/guard"), QStringLiteral("core/journal"),
          QStringLiteral("core/phone"), QStringLiteral("core/settings")}},
        {QStringLiteral("core/signin"),
         {QStringLiteral("core/api"), QStringLiteral("core/audit"), QStringLiteral("core/domain"), QStringLiteral("core/guard"),
          QStringLiteral("core/phone")}},
        // The server stands in for Clerk: it knows the data and phone numbers, never the client.
        {QStringLiteral("sandbox"), {QStringLiteral("core/domain"), QStringLiteral("core/phone")}},
        {QStringLiteral("cli"), core},
        {QStringLiteral("ui/list"), core},
        {QStringLiteral("ui/changes"), withCore({QStringLiteral("ui/list")})},
        {QStringLiteral("ui/connection"), withCore({QStringLiteral("ui/window")})},
        {QStringLiteral("ui/auditview"), withCore({QStringLiteral("ui/list")})},
        {QStringLiteral("ui/signin"), withCore({QStringLiteral("ui/list")})},
        {QStringLiteral("ui/journalview"), withCore({QStringLiteral("ui/changes"), QStringLiteral("ui/list")})},
        {QStringLiteral("ui/window"),
         withCore({QStringLiteral("ui/list")})},
        // The programs put the layers together.
        {QStringLiteral("app"),
         withCore({QStringLiteral("sandbox"), QStringLiteral("cli"), QStringLiteral("ui/list"), QStringLiteral("ui/changes"),
                   QStringLiteral("ui/connection"), QStringLiteral("ui/auditview"), QStringLiteral("ui/journalview"),
                   QStringLiteral("ui/signin"), QStringLiteral("ui/window")})},
    };
    return table;
}

// Folders whose programs must not load Qt's QML, Quick or GUI libraries.
bool belowTheWindow(const QString &folder)
{
    return folder.startsWith(QLatin1StringView("core/")) || folder == QLatin1StringView("cli")
           || folder == QLatin1StringView("sandbox");
}

struct Include
{
    QString file; // relative to the source root
    int line = 0;
    QString target; // as written between the quotes or brackets
    bool quoted = true;
};

QString sourceRoot()
{
    return QStringLiteral(PHONEDESK_SOURCE_DIR);
}

// "core/api", "ui/list", "cli", "sandbox" or "app" for a file under src/ or app/.
QString folderOf(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.first() == QLatin1StringView("app"))
        return QStringLiteral("app");
    if (parts.size() >= 3 && (parts.at(1) == QLatin1StringView("core") || parts.at(1) == QLatin1StringView("ui")))
        return parts.mid(1, 2).join(QLatin1Char('/'));
    return parts.size() >= 2 ? parts.at(1) : QString();
}

// The folder a quoted include names in the house spelling ("api/x.h" is core/api, "ui/list/x.h"
// is ui/list, "cli/x.h" is cli, "sandbox/x.h" is sandbox); empty when it names no such file.
QString folderOfInclude(const QString &target)
{
    const QString root = sourceRoot() + QStringLiteral("/src/");
    if (target.startsWith(QLatin1StringView("ui/")) || target.startsWith(QLatin1StringView("cli/"))
        || target.startsWith(QLatin1StringView("sandbox/"))) {
        return QFileInfo::exists(root + target) ? folderOf(QStringLiteral("src/") + target) : QString();
    }
    if (target.startsWith(QLatin1StringView("core/")))
        return {}; // "core/api/x.h": spelled "api/x.h"
    return QFileInfo::exists(root + QStringLiteral("core/") + target) ? folderOf(QStringLiteral("src/core/") + target)
                                                                      : QString();
}

QList<Include> scan()
{
    static const QRegularExpression directive(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<Include> found;
    for (const QString &top : {QStringLiteral("src"), QStringLiteral("app")}) {
        QDirIterator it(sourceRoot() + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString relative = path.mid(sourceRoot().size() + 1);
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QRegularExpressionMatch match = directive.match(QString::fromUtf8(file.readLine()));
                if (match.hasMatch())
                    found.append({relative, line, match.captured(2), match.captured(1) == QLatin1StringView("\"")});
            }
        }
    }
    return found;
}

} // namespace

class TestIncludeGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableHasNoCycle();
    void everyFolderIsInTheTable();
    void includesPointDown();
    void noQtQuickBelowTheWindow();
};

void TestIncludeGraph::theTableHasNoCycle()
{
    // Depth-first: a folder met again while its own descent is under way closes a cycle.
    QHash<QString, int> state; // 1 visiting, 2 done
    std::function<bool(const QString &, QStringList &)> visit = [&](const QString &folder, QStringList &path) {
        if (state.value(folder) == 2)
            return true;
        if (state.value(folder) == 1) {
            path.append(folder);
            return false;
        }
        state.insert(folder, 1);
        path.append(folder);
        for (const QString &next : allowed().value(folder)) {
            if (!visit(next, path))
                return false;
        }
        path.removeLast();
        state.insert(folder, 2);
        return true;
    };
    for (auto it = allowed().cbegin(); it != allowed().cend(); ++it) {
        QStringList path;
        const bool acyclic = visit(it.key(), path);
        QVERIFY2(acyclic, qPrintable(QStringLiteral("cycle: ") + path.join(QStringLiteral(" -> "))));
    }
}

void TestIncludeGraph::everyFolderIsInTheTable()
{
    QSet<QString> folders;
    for (const Include &include : scan())
        folders.insert(folderOf(include.file));
    QVERIFY(folders.size() > 10);
    for (const QString &folder : std::as_const(folders))
        QVERIFY2(allowed().contains(folder), qPrintable(QStringLiteral("%1 is not in the table of tst_includegraph").arg(folder)));
}

void TestIncludeGraph::includesPointDown()
{
    QStringList wrong;
    int checked = 0;
    for (const Include &include : scan()) {
        if (!include.quoted)
            continue;
        const QString from = folderOf(include.file);
        const QString fromDir = QFileInfo(sourceRoot() + QLatin1Char('/') + include.file).absolutePath();
        const QString where = QStringLiteral("%1:%2: \"%3\"").arg(include.file).arg(include.line).arg(include.target);
        // A file of the same folder, the generated version header, or a test's own moc output.
        if (!include.target.contains(QLatin1Char('/'))) {
            if (!QFileInfo::exists(fromDir + QLatin1Char('/') + include.target)
                && include.target != QLatin1StringView("phonedesk_version.h") && !include.target.endsWith(QLatin1StringView(".moc")))
                wrong.append(where + QStringLiteral(" names no file of its folder: spell it with its folder"));
            continue;
        }
        ++checked;
        const QString to = folderOfInclude(include.target);
        if (to.isEmpty()) {
            wrong.append(where + QStringLiteral(" names no file in the house spelling (\"api/x.h\", \"ui/list/x.h\", \"cli/x.h\")"));
            continue;
        }
        if (to != from && !allowed().value(from).contains(to))
            wrong.append(where + QStringLiteral(" goes from %1 to %2, which the table does not allow").arg(from, to));
    }
    QVERIFY(checked > 100);
    QVERIFY2(wrong.isEmpty(), qPrintable(QLatin1Char('\n') + wrong.join(QLatin1Char('\n'))));
}

void TestIncludeGraph::noQtQuickBelowTheWindow()
{
    static const QRegularExpression windowOnly(
        QStringLiteral(R"(^(QtQml|QtQuick|QtGui|QtQmlIntegration)/|^Q(Qml|Quick|JSEngine|JSValue|GuiApplication|Clipboard|Color|Image|Window)\b)"));
    QStringList wrong;
    for (const Include &include : scan()) {
        if (!include.quoted && belowTheWindow(folderOf(include.file)) && windowOnly.match(include.target).hasMatch())
            wrong.append(QStringLiteral("%1:%2: <%3>").arg(include.file).arg(include.line).arg(include.target));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("window-only Qt below the window:\n") + wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestIncludeGraph)
#include "tst_includegraph.moc"
