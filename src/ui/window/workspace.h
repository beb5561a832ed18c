// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journal.h"
#include "ui/list/phonenumberfiltermodel.h"
#include "ui/window/networkstatus.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/list/smsblocklistreader.h"
#include "settings/connection.h"
#include "ui/window/demoserver.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace PhoneDesk {

class ClerkClient;

// What the window works on: the connection to one Clerk instance (or the demo sandbox),
// its phone numbers, and the filtered view of them. main() builds it before QML loads;
// QML reaches it as the `Workspace` singleton. The connection can change at runtime (the
// connection dialog): the rows of the previous instance are dropped at once and the list
// reloads from the new one.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *phoneNumbers READ phoneNumbers CONSTANT)
    Q_PROPERTY(PhoneDesk::PhoneNumberFilterModel *filtered READ filtered CONSTANT)
    // The change journal of the connection in use (its file changes with the connection).
    Q_PROPERTY(PhoneDesk::Journal *journal READ journal CONSTANT)
    // The instance's SMS blocklist, read once per connection (again after each change of it).
    Q_PROPERTY(PhoneDesk::SmsBlocklistReader *smsBlocklist READ smsBlocklist CONSTANT)
    // The rows are the built-in demo sandbox's made-up users, not a real instance.
    Q_PROPERTY(bool demo READ demo NOTIFY connectionChanged)
    // "Demo sandbox" or the instance's host, e.g. "api.clerk.com".
    Q_PROPERTY(QString instanceLabel READ instanceLabel NOTIFY connectionChanged)
    Q_PROPERTY(QString apiUrl READ apiUrl NOTIFY connectionChanged)
    // The profile in use; empty for the demo and for a key from the environment.
    Q_PROPERTY(QString profileName READ profileName NOTIFY connectionChanged)
    // "development" (sk_test_ key), "production" (sk_live_ key) or "" (unknown kind of key).
    Q_PROPERTY(QString environment READ environment NOTIFY connectionChanged)
    // The profile says no changes: dialogs that change accounts are hidden and refuse.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY connectionChanged)
    // Wrong codes a verification takes before it fails: the demo sandbox's rule; 0 for a Clerk
    // instance, which does not publish it.
    Q_PROPERTY(int codeAttemptLimit READ codeAttemptLimit NOTIFY connectionChanged)
    // Trouble on the way to the server, for the status bar: a rate-limit countdown or a retry
    // under way; empty when all is well.
    Q_PROPERTY(QString networkStatus READ networkStatus NOTIFY networkStatusChanged)
    // Files and folders of PhoneDesk's that other accounts on the computer could read and that
    // were made private (at the start, or when a journal was opened); said once, until dismissed.
    Q_PROPERTY(QStringList madePrivate READ madePrivate NOTIFY dataNoticeChanged)
    // Entries of the connection's journal that its retention removed when it was opened.
    Q_PROPERTY(int expiredEntries READ expiredEntries NOTIFY dataNoticeChanged)
    // Why the journal could not be tidied when it was opened; empty when it was.
    Q_PROPERTY(QString upkeepError READ upkeepError NOTIFY dataNoticeChanged)
    // The status is a rate-limit wait (not a retry), for its badge: the text is in words.
    Q_PROPERTY(bool networkWaiting READ networkWaiting NOTIFY networkStatusChanged)

public:
    // Connects to the Backend API at `apiUrl` with `secretKey`.
    Workspace(const QUrl &apiUrl, const QString &secretKey, QObject *parent = nullptr);
    // On a demo server that is running already (the demo from the start).
    explicit Workspace(std::unique_ptr<DemoServer> demo, QObject *parent = nullptr);
    ~Workspace() override;

    // Switches to another instance: every request from now on goes there with its key.
    void connectTo(const Connection &connection);
    // Switches to the built-in demo sandbox, starting it the first time (later switches find
    // its data as it was left); when already on it, nothing changes. `error` says why when it
    // could not start; nothing changes then either.
    bool connectToDemo(QString *error = nullptr);
    // How connectToDemo() starts the demo server the first time, and with which made-up users.
    void setDemoStarter(DemoServer::Starter starter, const DemoServer::Options &options);

    // The instance QML gets; main() sets it before loading QML.
    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] PhoneNumberListModel *phoneNumbers() { return &m_phoneNumbers; }
    [[nodiscard]] PhoneNumberFilterModel *filtered() { return &m_filtered; }
    [[nodiscard]] Journal *journal() { return &m_journal; }
    [[nodiscard]] SmsBlocklistReader *smsBlocklist() { return &m_smsBlocklist; }
    [[nodiscard]] bool demo() const { return m_demoActive; }
    [[nodiscard]] QString instanceLabel() const;
    [[nodiscard]] QString apiUrl() const;
    [[nodiscard]] QString profileName() const { return m_profileName; }
    [[nodiscard]] QString environment() const { return m_environment; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] ClerkClient &client() { return *m_client; }
    // The demo server while the workspace is on it (tests inject its faults); null otherwise.
    [[nodiscard]] DemoServer *demoServer() { return m_demoActive ? m_demo.get() : nullptr; }
    [[nodiscard]] int codeAttemptLimit() const;
    [[nodiscard]] QString networkStatus() const { return m_network.text(); }
    [[nodiscard]] QStringList madePrivate() const { return m_madePrivate; }
    [[nodiscard]] int expiredEntries() const { return m_expiredEntries; }
    [[nodiscard]] QString upkeepError() const { return m_upkeepError; }
    // Paths main() made private at the start, for the notice.
    void noteMadePrivate(const QStringList &paths);
    // The notice was read: it is not shown again for what it said.
    Q_INVOKABLE void dismissDataNotice();
    [[nodiscard]] bool networkWaiting() const { return m_network.waitSeconds() > 0; }

    // Copies text to the system clipboard (ids, numbers) for the copy buttons.
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    // In demo mode there is no customer with a phone: the code the demo customer's phone shows
    // for this verification (sent by prepare_verification); empty when not demo or not known.
    Q_INVOKABLE QString demoCustomerCode(const QString &verificationId) const;

Q_SIGNALS:
    void connectionChanged();
    void networkStatusChanged();
    void dataNoticeChanged();

private:
    // Points the client at `connection` and reloads the list from there.
    void apply(const Connection &connection, bool demo);
    // Opens the journal of a connection and tidies it (private modes, retention).
    void openJournal(const Connection &connection, bool demo);

    std::unique_ptr<DemoServer> m_demo; // once the demo ran; stops before the client goes
    DemoServer::Starter m_startDemo;
    DemoServer::Options m_demoOptions;
    ClerkClient *m_client = nullptr;    // child of this
    bool m_demoActive = false;
    QString m_profileName;
    QString m_environment;
    bool m_readOnly = false;
    Journal m_journal;
    PhoneNumberListModel m_phoneNumbers;
    PhoneNumberFilterModel m_filtered;
    SmsBlocklistReader m_smsBlocklist;
    NetworkStatus m_network;
    QStringList m_madePrivate;
    int m_expiredEntries = 0;
    QString m_upkeepError;
};

} // namespace PhoneDesk
