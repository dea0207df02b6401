#pragma once

#include <QString>

class CommandLine;

/**
 * Shell completion for systemuser-cli, made from the command line's own grammar (commands, options and which
 * options take a value), so it cannot drift from the program: `systemuser-cli completion bash|zsh` prints it
 * and the build installs what it prints. Command words, options (global and the command's), the values of
 * --env and --lang, and files for FILE arguments and PATH/FILE/DIR option values are completed.
 */
class CompletionScript
{
public:
    static QString bash(const CommandLine &commandLine);
    static QString zsh(const CommandLine &commandLine);
};
