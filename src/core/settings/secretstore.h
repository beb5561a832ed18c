// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace PhoneDesk {

// How a SecretStore operation ended.
struct SecretResult
{
    enum class Outcome {
        Ok,
        NotFound,    // nothing stored for that profile
        Unavailable, // no keychain reachable (e.g. no Secret Service): nothing was read or written
        Failed,      // the keychain answered with a refusal (access denied, …)
    };
    Outcome outcome = Outcome::Ok;
    QString secret;  // the key, for a successful read only
    QString message; // why, for a person, when not Ok

    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
};

// Where secret keys live, one entry per profile id: the system keychain, or memory for keys of
// this session only. Each operation answers exactly once through its callback, on the thread of
// `context`, unless `context` is destroyed first. No implementation ever writes a key to a file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,     // not asked yet
        Available,
        Unavailable, // see problem()
    };
    Q_ENUM(State)

    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void read(const QString &profileId, QObject *context, Callback done) = 0;
    virtual void write(const QString &profileId, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &profileId, QObject *context, Callback done) = 0;
    // Finds out whether the store can be used, without reading any key; state() then says.
    virtual void probe() = 0;
    // Whether keys outlive this process.
    [[nodiscard]] virtual bool persistent() const = 0;
    // read(), waited for in a local event loop: for a program's start, before any window shows.
    [[nodiscard]] SecretResult readNow(const QString &profileId);

    [[nodiscard]] State state() const { return m_state; }
    // Why the store is unavailable, for a person; empty otherwise.
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void stateChanged();

protected:
    void setState(State state, const QString &problem = {});

private:
    State m_state = State::Unknown;
    QString m_problem;
};

} // namespace PhoneDesk
