// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback HTTP peer that misbehaves on purpose (answers garbage, or never answers), for the
// failure paths the sandbox does not produce. It records the raw request it received.
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
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    // Answer once the request head is complete; bodies are not needed here.
                    if (m_behaviour == Behaviour::AnswerRaw && m_request.contains("\r\n\r\n") && !m_answered) {
                        m_answered = true;
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QByteArray request() const { return m_request; }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

private:
    Behaviour m_behaviour;
    QByteArray m_answer;
    QByteArray m_request;
    bool m_answered = false;
};
