// SPDX-License-Identifier: MIT
#include "firstrowprobe.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <cstdio>

namespace PhoneDesk {

void FirstRowProbe::attachIfAsked(QQuickWindow *window, const QElapsedTimer &sinceStart)
{
    const QByteArray mode = qgetenv("PHONEDESK_FIRST_ROW");
    if (!window || (mode != "report" && mode != "exit"))
        return;
    new FirstRowProbe(window, sinceStart, mode == "exit");
}

FirstRowProbe::FirstRowProbe(QQuickWindow *window, const QElapsedTimer &sinceStart, bool quitAfter)
    : QObject(window)
    , m_window(window)
    , m_sinceStart(sinceStart)
    , m_quitAfter(quitAfter)
{
    // afterAnimating comes on this thread before the frame's items are polished (the list makes
    // its delegates then); frameSwapped once that frame is on screen.
    connect(window, &QQuickWindow::afterAnimating, this, &FirstRowProbe::checkFrame, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, &FirstRowProbe::frameShown, Qt::QueuedConnection);
}

void FirstRowProbe::checkFrame()
{
    if (m_frameHasRow || m_reported)
        return;
    if (!m_list)
        m_list = m_window->findChild<QObject *>(QStringLiteral("phoneNumberList"));
    m_frameHasRow = m_list && m_list->property("count").toInt() > 0;
}

void FirstRowProbe::frameShown()
{
    if (!m_frameHasRow || m_reported)
        return;
    m_reported = true;
    std::printf("first row painted: %lld ms after main() began\n", static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    if (m_quitAfter)
        QCoreApplication::quit();
}

} // namespace PhoneDesk
