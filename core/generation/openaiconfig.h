#pragma once

#include <QString>
#include <QUrl>

// Settings of one OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp server, a proxy).
// Thread: value type.
struct OpenAiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com")); // "/v1/..." is appended
    QString model = QStringLiteral("gpt-4o-mini");
    QString apiKey; // never logged or recorded; empty: no Authorization header (local servers)
    double temperature = 0.8;
    int maxTokens = 2000;
    bool useMaxCompletionTokens = false; // newer OpenAI models want max_completion_tokens
    int timeoutMs = 120000;              // without a byte from the server; LLMs can be slow
    int maxAttempts = 4;                 // per request, for 408/409/429/5xx and network errors
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 30000;
};
