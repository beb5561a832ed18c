// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// A loopback HTTP peer that misbehaves on purpose (answers garbage to every request, never
// answers, or closes the connection without answering), for the failure paths the sandbox does
// not produce. It records the raw requests it received, each whole (head and body), and counts them.
class ScriptedHttpPeer : public QTcpServer
{
public:
    enum class Behaviour {
        AnswerRaw,          // writes the scripted answer, then closes the connection
        NeverAnswer,        // keeps the connection open and says nothing
        CloseWithoutAnswer, // takes the request in, then closes the connection: the answer is lost
    };

    explicit ScriptedHttpPeer(Behaviour behaviour, QByteArray answer = {})
        : m_behaviour(behaviour)
        , m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                // What came on this connection and is not yet a whole request.
                auto pending = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
                    const QByteArray bytes = socket->readAll();
                    m_request += bytes;
                    *pending += bytes;
                    // Acts once a request is complete: its head, and as many bytes as its Content-Length says.
                    while (takeRequest(*pending)) {
                        if (m_behaviour == Behaviour::AnswerRaw)
                            socket->write(m_answer);
                        if (m_behaviour != Behaviour::NeverAnswer) {
                            socket->disconnectFromHost();
                            break;
                        }
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    // Every byte received, requests one after another.
    [[nodiscard]] QByteArray request() const { return m_request; }
    // Each complete request received, head and body, in the order they were complete.
    [[nodiscard]] QList<QByteArray> requests() const { return m_requests; }
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

    // The head of a raw request (request line and header lines, without the blank line).
    [[nodiscard]] static QByteArray headOf(const QByteArray &request)
    {
        const qsizetype end = request.indexOf("\r\n\r\n");
        return end < 0 ? request : request.left(end);
    }
    // The bytes after a raw request's head.
    [[nodiscard]] static QByteArray bodyOf(const QByteArray &request)
    {
        const qsizetype end = request.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : request.mid(end + 4);
    }
    // The value of a header of a raw request (the name in any case), or a null array without one.
    [[nodiscard]] static QByteArray headerOf(const QByteArray &request, const QByteArray &name)
    {
        const QList<QByteArray> lines = headOf(request).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    // Moves the first complete request out of `pending` into the record; false while it is incomplete.
    bool takeRequest(QByteArray &pending)
    {
        const qsizetype headEnd = pending.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const qsizetype length = headEnd + 4 + headerOf(pending.left(headEnd + 4), "Content-Length").toLongLong();
        if (pending.size() < length)
            return false;
        m_requests.append(pending.left(length));
        pending.remove(0, length);
        return true;
    }

    Behaviour m_behaviour;
    QByteArray m_answer;
    QByteArray m_request;
    QList<QByteArray> m_requests;
};
