// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback HTTP peer that misbehaves on purpose (answers garbage to every request, or never
// answers), for the failure paths the sandbox does not produce. It records the raw requests it
// received, and counts them.
class ScriptedHttpPeer : public QTcpServer
{
public:
    enum class Behaviour { AnswerRaw, NeverAnswer };

    explicit ScriptedHttpPeer(Behaviour behaviour, QByteArray answer = {})
        : m_behaviour(behaviour)
        , m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray bytes = socket->readAll();
                    m_request += bytes;
                    QByteArray &head = m_heads[socket];
                    head += bytes;
                    // Answer once the request head is complete; bodies are not needed here.
                    if (head.contains("\r\n\r\n")) {
                        head.clear();
                        ++m_requests;
                        if (m_behaviour == Behaviour::AnswerRaw) {
                            socket->write(m_answer);
                            socket->disconnectFromHost();
                        }
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QByteArray request() const { return m_request; }
    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

private:
    Behaviour m_behaviour;
    QByteArray m_answer;
    QByteArray m_request;
    QHash<QTcpSocket *, QByteArray> m_heads;
    int m_requests = 0;
};
