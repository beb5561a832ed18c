// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace PhoneDesk {

class RequestPacer;

// One call of the Backend API through all its attempts: waits for the pacer, sends, sorts the
// answer into success or ApiError, and sends again as RetryPolicy allows, within the call's
// time budget. It answers exactly once (finish), unless it is destroyed first, and deletes
// itself after answering.
class RetryingCall : public QObject
{
    Q_OBJECT

public:
    // Sends one attempt with this transfer timeout; the reply is the caller's to configure.
    using Send = std::function<QNetworkReply *(int transferTimeoutMs)>;
    // Reads a 2xx body: an empty string when it was taken, else why it cannot be read.
    using Take = std::function<QString(const QByteArray &body)>;
    // The end: nullptr after Take took an answer, else the failure.
    using Finish = std::function<void(const ApiError *error)>;

    RetryingCall(QString label, bool read, RequestPacer *pacer, Send send, Take take, Finish finish,
                 QObject *parent);
    ~RetryingCall() override;

    void setBudget(int milliseconds) { m_budgetMs = milliseconds; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    void start();
    // Cancels whatever step the call is in; finish gets a Cancelled error at once.
    void abort();
    [[nodiscard]] bool isRunning() const { return !m_finished; }

Q_SIGNALS:
    // A failure that may pass: the call is sent again after `delayMs` (a 429 waits in the pacer).
    void retrying(const PhoneDesk::ApiError &reason, int attempt, int delayMs);

private:
    void queue();
    void send();
    void takeReply();
    void failed(ApiError error);
    void end(const ApiError *error);
    [[nodiscard]] ApiError failureOf(QNetworkReply *reply) const;
    [[nodiscard]] qint64 spentMs() const;

    QString m_label;
    bool m_read;
    QPointer<RequestPacer> m_pacer;
    Send m_send;
    Take m_take;
    Finish m_finish;
    int m_budgetMs;
    int m_transferTimeoutMs = 30000;
    int m_attempt = 0;
    qint64 m_spentBeforeMs = 0; // active time of the attempts and pauses that are over
    QElapsedTimer m_step;       // the attempt or pause under way
    bool m_stepCounts = false;  // whether m_step's time counts against the budget
    quint64 m_ticket = 0;       // in the pacer's queue
    QPointer<QNetworkReply> m_reply;
    QTimer m_pause;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace PhoneDesk
