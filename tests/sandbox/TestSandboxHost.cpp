#include "sandbox/SandboxHost.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The in-process sandbox the wizard runs for the Sandbox environment.
class TestSandboxHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnAWorkerThreadWithoutBlocking();
    void reportsAPortThatIsTaken();
};

void TestSandboxHost::startsOnAWorkerThreadWithoutBlocking()
{
    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    QElapsedTimer timer;
    timer.start();
    host.start();
    // start() only hands the work to the sandbox thread: key generation must not happen here.
    QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(started.wait(5000));
    QVERIFY(host.isRunning());
    const QUrl baseUrl = started.at(0).at(0).toUrl();
    QCOMPARE(baseUrl.host(), u"127.0.0.1"_s);

    // The server answers over HTTP while this thread stays free.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(baseUrl.resolved(QUrl(u"no/such/path"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();

    host.stop();
    QVERIFY(!host.isRunning());
}

void TestSandboxHost::reportsAPortThatIsTaken()
{
    SandboxHost first;
    QSignalSpy firstStarted(&first, &SandboxHost::started);
    first.start();
    QVERIFY(firstStarted.wait(5000));

    SandboxHost second;
    QSignalSpy failed(&second, &SandboxHost::failed);
    second.start(static_cast<quint16>(first.baseUrl().port()));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(0).toString().contains(QString::number(first.baseUrl().port())));
    QVERIFY(!second.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "TestSandboxHost.moc"
