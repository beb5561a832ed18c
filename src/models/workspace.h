// SPDX-License-Identifier: MIT
#pragma once

#include "models/phonenumberfiltermodel.h"
#include "models/phonenumberlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace PhoneDesk {

class ClerkClient;
class Sandbox;

// What the window works on: the connection to one Clerk instance (or the demo sandbox),
// its phone numbers, and the filtered view of them. main() builds it before QML loads;
// QML reaches it as the `Workspace` singleton.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *phoneNumbers READ phoneNumbers CONSTANT)
    Q_PROPERTY(PhoneDesk::PhoneNumberFilterModel *filtered READ filtered CONSTANT)
    // The rows are the built-in demo sandbox's made-up users, not a real instance.
    Q_PROPERTY(bool demo READ demo CONSTANT)
    // "Demo sandbox" or the instance's host, e.g. "api.clerk.com".
    Q_PROPERTY(QString instanceLabel READ instanceLabel CONSTANT)
    Q_PROPERTY(QString apiUrl READ apiUrl CONSTANT)
    // Wrong codes a verification takes before it fails: the demo sandbox's rule; 0 for a Clerk
    // instance, which does not publish it.
    Q_PROPERTY(int codeAttemptLimit READ codeAttemptLimit CONSTANT)

public:
    // Connects to the Backend API at `apiUrl` with `secretKey`.
    Workspace(const QUrl &apiUrl, const QString &secretKey, QObject *parent = nullptr);
    // Starts the demo sandbox in this process (on its own thread) and connects to it.
    // `error` says why when it could not start; the workspace then shows that error.
    static std::unique_ptr<Workspace> demoWorkspace(int users, quint64 seed, QString *error = nullptr);
    ~Workspace() override;

    // The instance QML gets; main() sets it before loading QML.
    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] PhoneNumberListModel *phoneNumbers() { return &m_phoneNumbers; }
    [[nodiscard]] PhoneNumberFilterModel *filtered() { return &m_filtered; }
    [[nodiscard]] bool demo() const { return m_sandbox != nullptr; }
    [[nodiscard]] QString instanceLabel() const;
    [[nodiscard]] QString apiUrl() const;
    [[nodiscard]] ClerkClient &client() { return *m_client; }
    [[nodiscard]] int codeAttemptLimit() const;

    // Copies text to the system clipboard (ids, numbers) for the copy buttons.
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    // In demo mode there is no customer with a phone: the code the demo customer's phone shows
    // for this verification (sent by prepare_verification); empty when not demo or not known.
    Q_INVOKABLE QString demoCustomerCode(const QString &verificationId) const;

private:
    Workspace(std::unique_ptr<Sandbox> sandbox, QObject *parent);

    std::unique_ptr<Sandbox> m_sandbox; // only in demo mode; stops before the client goes
    ClerkClient *m_client = nullptr;    // child of this
    PhoneNumberListModel m_phoneNumbers;
    PhoneNumberFilterModel m_filtered;
};

} // namespace PhoneDesk
