// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "signin/smsblocklist.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// The instance's SMS blocklist (GET /instance/communication), read once per connection: the
// list's "SMS blocked" badges and filter, the sign-in check and the Send code warning all use
// this one read. A failed read is kept with its error until read() succeeds, so that the window
// can say that numbers were not checked against the blocklist rather than call them all fine.
class SmsBlocklistReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SmsBlocklistReader is provided by Workspace")

    // The blocklist was read from this connection.
    Q_PROPERTY(bool known READ known NOTIFY blocklistChanged)
    // ISO 3166-1 alpha-2 codes, upper-case and sorted; empty while unknown.
    Q_PROPERTY(QStringList countryCodes READ countryCodes NOTIFY blocklistChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    // Why the last read failed, for a person; empty when it did not.
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stateChanged)
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY stateChanged)

public:
    explicit SmsBlocklistReader(QObject *parent = nullptr);
    ~SmsBlocklistReader() override;

    // The client of the connection; the reader does not own it.
    void setClient(ClerkClient *client) { m_client = client; }

    [[nodiscard]] bool known() const { return m_blocklist.has_value(); }
    [[nodiscard]] QStringList countryCodes() const { return m_blocklist ? m_blocklist->countryCodes() : QStringList(); }
    [[nodiscard]] const std::optional<SmsBlocklist> &blocklist() const { return m_blocklist; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error ? m_error->message(ApiError::Words::Translated) : QString(); }
    [[nodiscard]] QString errorCode() const { return m_error ? m_error->code() : QString(); }
    [[nodiscard]] QString errorTraceId() const { return m_error ? m_error->traceId : QString(); }

    // Whether SMS to the region "BR" is blocked; false while the blocklist is unknown.
    Q_INVOKABLE [[nodiscard]] bool blocksRegion(const QString &regionCode) const;
    // Reads the blocklist again (a retry, or a check after it was changed in the Dashboard).
    Q_INVOKABLE void read();
    // Another connection: what was read from the last one is forgotten at once, then read anew.
    void restart();

Q_SIGNALS:
    void blocklistChanged();
    void stateChanged();

private:
    void take(quint64 generation, const ApiResult<InstanceCommunication> &result);

    QPointer<ClerkClient> m_client;
    std::optional<SmsBlocklist> m_blocklist;
    std::optional<ApiError> m_error;
    PendingCall m_call;
    bool m_loading = false;
    quint64 m_generation = 0; // bumped by restart(): an answer from the last connection is dropped
};

} // namespace PhoneDesk
