// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace PhoneDesk {

// The body of a write, readable once. Qt's HTTP stack re-sends a request by itself when the
// server closes the connection before answering; for a write that would apply it twice. Such a
// re-send needs the body rewound, which this device refuses once it has been read: the reply
// then fails (ContentReSendError), and the caller re-checks instead.
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
