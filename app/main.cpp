// SPDX-License-Identifier: MIT
// phonedesk: the support console's window. Chooses the instance (a key from the environment,
// the last profile, or the built-in demo sandbox), then hands over to QML.
#include "api/clerkclient.h"
#include "api/transportpolicy.h"
#include "cmdline/numberoption.h"
#include "ui/window/firstrowprobe.h"
#include "ui/window/translations.h"
#include "ui/window/workspace.h"

#include "sandboxdemoserver.h"
#include "settings/connection.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"
#include "journal/journal.h"
#include "phonedesk_version.h"
#include "storage/privatefiles.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QQuickStyle>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <limits>
#include <memory>
#include <optional>

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

// The active profile with its key from the system keychain; nothing (and a line on stderr
// saying why) when there is no active profile or its key cannot be read.
std::optional<Connection> savedConnection()
{
    const ProfileStore store;
    const std::optional<Profile> profile = store.profile(store.activeProfileId());
    if (!profile)
        return std::nullopt;
    if (const QString problem = TransportPolicy::problemWith(profile->apiUrl); !problem.isEmpty()) {
        std::fprintf(stderr, "phonedesk: profile \"%s\": %s; showing the demo.\n", qUtf8Printable(profile->name),
                     qUtf8Printable(problem));
        return std::nullopt;
    }
    KeychainSecretStore keychain;
    const SecretResult key = keychain.readNow(profile->id);
    if (!key.ok()) {
        std::fprintf(stderr, "phonedesk: the key of profile \"%s\" cannot be read (%s); showing the demo. "
                             "File > Connections… connects to it.\n",
                     qUtf8Printable(profile->name), qUtf8Printable(key.message));
        return std::nullopt;
    }
    Connection connection;
    connection.profileName = profile->name;
    connection.apiUrl = profile->apiUrl;
    connection.secretKey = key.secret;
    connection.readOnly = profile->readOnly;
    connection.journalRetentionDays = profile->journalRetentionDays;
    return connection;
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
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Whatever umask it was started with, what the window writes (journal, settings, caches) is
    // this account's only.
    PrivateFiles::restrictNewFiles();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks at the phone numbers of a Clerk instance's users. The instance's secret key comes from "
        "CLERK_SECRET_KEY, its API from CLERK_API_URL (default %1), or from the last profile chosen in "
        "File > Connections (its key in the system keychain); without either, or with --demo, "
        "PhoneDesk shows made-up users of a sandbox it starts itself.")
                                         .arg(ClerkClient::defaultBaseUrl().toString()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Shows demo data from a built-in sandbox."));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo sandbox: number of made-up users."),
                                   QStringLiteral("count"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo sandbox: the same seed gives the same users."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption plantAuditCases(QStringLiteral("plant-audit-cases"),
                                             QStringLiteral("Demo sandbox: one user for each case View > Audit… reports."));
    parser.addOptions({demo, users, seed, plantAuditCases});
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
    // The installed .desktop file and AppStream id (resources/): Wayland matches the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.phonedesk.PhoneDesk"));
    // The app icon from the QML module's resources, at the sizes window managers pick from.
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/PhoneDesk/AppIcon-%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);
    // The window speaks the system locale's language (LANG=de_DE.UTF-8: German) and writes its
    // dates and numbers the locale's way.
    Translations::install();
    // After QGuiApplication took its own options (-platform, …) from the arguments.
    parser.process(app);

    qint64 userCount = 0, seedValue = 0;
    if (!readNumberOption(parser, users.names().constFirst(), 0, 2000000, &userCount)
        || !readNumberOption(parser, seed.names().constFirst(), 0, std::numeric_limits<qint64>::max(), &seedValue))
        return 2;

    // The instance to start on: --demo forces the demo; else a key from the environment (used as
    // is, never saved); else the last profile, when its key is in the keychain; else the demo.
    std::unique_ptr<Workspace> workspace;
    if (!parser.isSet(demo)) {
        if (const std::optional<Connection> environment = Connection::fromEnvironment()) {
            // The key goes with every request: refuse a URL that would expose it.
            if (const QString problem = TransportPolicy::problemWith(environment->apiUrl); !problem.isEmpty()) {
                std::fprintf(stderr, "phonedesk: CLERK_API_URL: %s\n", qUtf8Printable(problem));
                return 2;
            }
            workspace = std::make_unique<Workspace>(environment->apiUrl, environment->secretKey);
        } else if (std::optional<Connection> saved = savedConnection()) {
            workspace = std::make_unique<Workspace>(saved->apiUrl, saved->secretKey);
            workspace->connectTo(*saved);
        }
    }
    if (!workspace) {
        QString error;
        // The window's demo shows a user in each state of the sign-in check.
        workspace = demoWorkspace(int(userCount), quint64(seedValue), &error, parser.isSet(plantAuditCases), true);
        if (!workspace) {
            std::fprintf(stderr, "phonedesk: the demo sandbox could not start: %s\n", qUtf8Printable(error));
            return 1;
        }
    }
    // Files of an older version, or copied in, that other accounts could read: private from now
    // on, and the window says so once.
    PrivateOutcome swept = PrivateFiles::narrowTree(QFileInfo(ProfileStore().fileName()).absolutePath());
    swept.add(PrivateFiles::narrowTree(Journal::folder()));
    workspace->noteMadePrivate(swept.tightened);
    // Also for "Try the demo" of the connection dialog.
    workspace->setDemoStarter(&SandboxDemoServer::start, {int(userCount), quint64(seedValue), false, true});
    Workspace::setInstance(workspace.get());

    QQmlApplicationEngine engine;
    // The static module's qmldir lives at qrc:/PhoneDesk/; Qt 6.4 does not look there by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/PhoneDesk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    FirstRowProbe::attachIfAsked(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), sinceStart);
    // The engine is destroyed before the workspace it binds to (declared after it).
    return app.exec();
}
