// SPDX-License-Identifier: MIT
// phonedesk: the support console's window. Chooses the instance (a real one from the
// environment, or the built-in demo sandbox), then hands over to QML.
#include "api/clerkclient.h"
#include "cli/clicommand.h"
#include "models/workspace.h"
#include "cli/numberoption.h"
#include "phonedesk_version.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <limits>
#include <memory>

// The window's module is linked statically: its types and QML files come from this binary.
Q_IMPORT_QML_PLUGIN(PhoneDeskPlugin)

using namespace PhoneDesk;

namespace {

// Whether the arguments only ask for the help or the version text.
bool asksForInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

// The names every QSettings and the window's title use.
void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PhoneDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("phonedesk.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks at the phone numbers of a Clerk instance's users. The instance's secret key comes from "
        "CLERK_SECRET_KEY, its API from CLERK_API_URL (default %1); without a key, or with --demo, "
        "PhoneDesk shows made-up users of a sandbox it starts itself.")
                                         .arg(ClerkClient::defaultBaseUrl().toString()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Shows demo data from a built-in sandbox."));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo mode: number of made-up users."),
                                   QStringLiteral("count"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo mode: the same seed gives the same users."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    parser.addOptions({demo, users, seed});
    if (asksForInformationOnly(argc, argv)) {
        // --help and --version answer on a terminal without a display; process() exits.
        QCoreApplication terminal(argc, argv);
        setApplicationNames();
        parser.process(terminal);
    }

    // Fusion draws every control from the palette, so the light and dark palettes of the View
    // menu reach all of them; it is also compact enough for a dense list.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PhoneDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("phonedesk"));
    // After QGuiApplication took its own options (-platform, …) from the arguments.
    parser.process(app);

    qint64 userCount = 0, seedValue = 0;
    if (!readNumberOption(parser, users.names().constFirst(), 0, 2000000, &userCount)
        || !readNumberOption(parser, seed.names().constFirst(), 0, std::numeric_limits<qint64>::max(), &seedValue))
        return 2;

    const QString secretKey = qEnvironmentVariable("CLERK_SECRET_KEY");
    bool demoMode = parser.isSet(demo);
    if (!demoMode && secretKey.isEmpty()) {
        // Until the connection dialog exists, no key means the demo; the window says so too.
        std::fprintf(stderr, "phonedesk: CLERK_SECRET_KEY is not set; showing demo data from the built-in sandbox.\n");
        demoMode = true;
    }

    if (!demoMode && (parser.isSet(users) || parser.isSet(seed)))
        std::fprintf(stderr, "phonedesk: --users and --seed apply to demo mode only (--demo); ignoring them.\n");

    std::unique_ptr<Workspace> workspace;
    if (demoMode) {
        QString error;
        workspace = Workspace::demoWorkspace(int(userCount), quint64(seedValue), &error);
        if (!workspace) {
            std::fprintf(stderr, "phonedesk: the demo sandbox could not start: %s\n", qUtf8Printable(error));
            return 1;
        }
    } else {
        const QString urlText = qEnvironmentVariable("CLERK_API_URL");
        const QUrl apiUrl = urlText.isEmpty() ? ClerkClient::defaultBaseUrl() : QUrl(urlText);
        // The key goes with every request: refuse a URL that would expose it.
        if (const QString problem = CliCommand::apiUrlProblem(apiUrl); !problem.isEmpty()) {
            std::fprintf(stderr, "phonedesk: CLERK_API_URL: %s\n", qUtf8Printable(problem));
            return 2;
        }
        workspace = std::make_unique<Workspace>(apiUrl, secretKey);
    }
    Workspace::setInstance(workspace.get());

    QQmlApplicationEngine engine;
    // The static module's qmldir lives at qrc:/PhoneDesk/; Qt 6.4 does not look there by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/PhoneDesk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // The engine is destroyed before the workspace it binds to (declared after it).
    return app.exec();
}
