#include "settings/secretstore.h"

#include "logging/logcategories.h"
#include "logging/secretredactor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QMutexLocker>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

// A keychain that asks for an unlock prompt nobody answers must not hang a headless run.
constexpr int keychainTimeoutMs = 120 * 1000;

template<typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

// Finishes a promise once: by the job or by the timeout, whichever comes first.
template<typename T> void finishOnce(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    if (promise->future().isFinished())
        return;
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

SecretStore::SecretStore(SecretRedactor &redactor, QObject *parent)
    : SecretStore(isSecretServiceAvailable() ? Backend::Keychain : Backend::Environment, redactor,
                  parent)
{}

SecretStore::SecretStore(Backend backend, SecretRedactor &redactor, QObject *parent)
    : QObject(parent)
    , m_redactor(redactor)
    , m_backend(backend)
{
    qCDebug(lcSettings) << "secret store backend:" << backend;
}

SecretStore::~SecretStore() = default;

bool SecretStore::isSecretServiceAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcSettings) << "no D-Bus session bus:" << bus.lastError().message();
        return false;
    }
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return false;
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    for (const QString &name :
         {secrets, QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")}) {
        const QDBusReply<bool> registered = busInterface->isServiceRegistered(name);
        if (registered.isValid() && registered.value())
            return true;
    }
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(secrets);
}

QString SecretStore::environmentVariable(const QString &provider)
{
    return QStringLiteral("ARTIST_STUDIO_%1_API_KEY").arg(provider.toUpper());
}

QStringList SecretStore::knownProviders()
{
    return {QStringLiteral("openai"), QStringLiteral("suno"), QStringLiteral("pexels"),
            QStringLiteral("luma"), QStringLiteral("telegram")};
}

QString SecretStore::backendDescription() const
{
    if (m_backend == Backend::Keychain) {
        return tr("API keys are kept in the system keychain (Secret Service); environment "
                  "variables ARTIST_STUDIO_<PROVIDER>_API_KEY override them.");
    }
    return tr("No system keychain found (Secret Service on D-Bus); keys are read from "
              "environment variables ARTIST_STUDIO_<PROVIDER>_API_KEY.");
}

Error SecretStore::invalidProvider(const QString &provider) const
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (valid.match(provider).hasMatch())
        return Error(ErrorCode::None, {});
    return Error(
        ErrorCode::InvalidInput,
        tr("\"%1\" is not a provider id (lower-case letters, digits and _).").arg(provider));
}

QString SecretStore::environmentSecret(const QString &provider) const
{
    return qEnvironmentVariable(environmentVariable(provider).toLatin1().constData());
}

void SecretStore::setKnownInKeychain(const QString &provider, bool known)
{
    QMutexLocker lock(&m_mutex);
    m_knownInKeychain.insert(provider, known);
}

SecretStore::SecretSource SecretStore::sourceOf(const QString &provider) const
{
    if (!environmentSecret(provider).isEmpty())
        return SecretSource::Environment;
    QMutexLocker lock(&m_mutex);
    return m_knownInKeychain.value(provider, false) ? SecretSource::Keychain : SecretSource::None;
}

Error SecretStore::keychainError(int code, const QString &detail, const QString &provider) const
{
    const QString variable = environmentVariable(provider);
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound,
                     tr("No API key for %1 is stored. Enter it in Settings or set %2.")
                         .arg(provider, variable));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(ErrorCode::Unauthorized,
                     tr("The system keychain refused access to the key for %1 (%2). Unlock the "
                        "keychain, or set %3.")
                         .arg(provider, detail, variable));
    case QKeychain::NoBackendAvailable:
        return Error(
            ErrorCode::Storage,
            tr("No system keychain is available (%1). Set %2 instead.").arg(detail, variable));
    default:
        return Error(ErrorCode::Storage,
                     tr("The system keychain failed for %1: %2").arg(provider, detail));
    }
}

QFuture<Result<QString>> SecretStore::read(const QString &provider)
{
    using R = Result<QString>;
    if (Error invalid = invalidProvider(provider); invalid.code != ErrorCode::None)
        return readyFuture<R>(invalid);
    const QString fromEnvironment = environmentSecret(provider);
    if (!fromEnvironment.isEmpty()) {
        m_redactor.addSecret(fromEnvironment);
        return readyFuture<R>(fromEnvironment);
    }
    if (m_backend == Backend::Environment) {
        return readyFuture<R>(
            Error(ErrorCode::NotFound, tr("No API key for %1: set the environment variable %2 "
                                          "(no system keychain was found).")
                                           .arg(provider, environmentVariable(provider))));
    }

    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    // Jobs are QObjects driven by this object's event loop: start them on its thread.
    QMetaObject::invokeMethod(this, [this, provider, promise] {
        auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
        job->setKey(provider);
        connect(job, &QKeychain::Job::finished, this,
                [this, provider, promise](QKeychain::Job *finished) {
                    if (finished->error() == QKeychain::NoError) {
                        const QString secret =
                            static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                        m_redactor.addSecret(secret);
                        setKnownInKeychain(provider, true);
                        finishOnce<R>(promise, secret);
                        return;
                    }
                    if (finished->error() == QKeychain::EntryNotFound)
                        setKnownInKeychain(provider, false);
                    finishOnce<R>(promise, keychainError(finished->error(), finished->errorString(),
                                                         provider));
                });
        QTimer::singleShot(keychainTimeoutMs, this, [this, provider, promise] {
            finishOnce<R>(promise, Error(ErrorCode::Storage,
                                         tr("The system keychain did not answer when reading "
                                            "the key for %1. Is it locked?")
                                             .arg(provider)));
        });
        job->start();
    });
    return future;
}

QFuture<Result<void>> SecretStore::write(const QString &provider, const QString &secret)
{
    using R = Result<void>;
    if (Error invalid = invalidProvider(provider); invalid.code != ErrorCode::None)
        return readyFuture<R>(invalid);
    m_redactor.addSecret(secret);
    if (secret.trimmed().isEmpty()) {
        return readyFuture<R>(
            Error(ErrorCode::InvalidInput,
                  tr("The key for %1 is empty; use Remove to delete it.").arg(provider)));
    }
    if (m_backend == Backend::Environment) {
        return readyFuture<R>(
            Error(ErrorCode::Storage, tr("No system keychain found (Secret Service on D-Bus), so "
                                         "the key for %1 cannot be saved. Set the environment "
                                         "variable %2 instead.")
                                          .arg(provider, environmentVariable(provider))));
    }

    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(this, [this, provider, secret, promise] {
        auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
        job->setKey(provider);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this,
                [this, provider, promise](QKeychain::Job *finished) {
                    if (finished->error() == QKeychain::NoError) {
                        setKnownInKeychain(provider, true);
                        qCInfo(lcSettings).noquote()
                            << "stored the key for" << provider << "in the system keychain";
                        finishOnce<R>(promise, R());
                        return;
                    }
                    finishOnce<R>(promise, keychainError(finished->error(), finished->errorString(),
                                                         provider));
                });
        QTimer::singleShot(keychainTimeoutMs, this, [this, provider, promise] {
            finishOnce<R>(promise, Error(ErrorCode::Storage,
                                         tr("The system keychain did not answer when saving "
                                            "the key for %1. Is it locked?")
                                             .arg(provider)));
        });
        job->start();
    });
    return future;
}

QFuture<Result<void>> SecretStore::remove(const QString &provider)
{
    using R = Result<void>;
    if (Error invalid = invalidProvider(provider); invalid.code != ErrorCode::None)
        return readyFuture<R>(invalid);
    if (m_backend == Backend::Environment) {
        return readyFuture<R>(
            Error(ErrorCode::Storage, tr("No system keychain found (Secret Service on D-Bus); "
                                         "to remove the key for %1, unset the environment "
                                         "variable %2.")
                                          .arg(provider, environmentVariable(provider))));
    }

    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(this, [this, provider, promise] {
        auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
        job->setKey(provider);
        connect(job, &QKeychain::Job::finished, this,
                [this, provider, promise](QKeychain::Job *finished) {
                    const auto code = finished->error();
                    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
                        setKnownInKeychain(provider, false);
                        finishOnce<R>(promise, R());
                        return;
                    }
                    finishOnce<R>(promise, keychainError(code, finished->errorString(), provider));
                });
        QTimer::singleShot(keychainTimeoutMs, this, [this, provider, promise] {
            finishOnce<R>(promise, Error(ErrorCode::Storage,
                                         tr("The system keychain did not answer when removing "
                                            "the key for %1. Is it locked?")
                                             .arg(provider)));
        });
        job->start();
    });
    return future;
}
