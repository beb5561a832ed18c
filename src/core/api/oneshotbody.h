// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace PhoneDesk {

// The body of a write, sent once. Qt's HTTP/1.1 stack (6.4) sends a request again by itself
// when the connection closes before the answer's status line, on a new connection as on a
// kept-alive one (QHttpNetworkConnectionChannel: handleUnexpectedEOF, and _q_error while waiting);
// for a write that would apply it twice. Such a re-send needs the body rewound, which this device
// refuses once the request may have gone out: once any of its bytes were read, and always when it
// is empty (the request of an operation without a body: its head alone goes out, with
// "Content-Length: 0"). The reply then fails (ContentReSendError), and the caller re-checks instead.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_bytes.size(); }
    bool reset() override;
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    bool m_read = false; // some of it went out: a rewind would send it again
};

} // namespace PhoneDesk
