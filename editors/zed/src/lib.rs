// Zed starts language servers only through extensions: this one runs `daemonlint lsp` from the
// PATH (npm install -g daemonlint, or the project's node_modules/.bin on the PATH).
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Daemonlint;

impl zed::Extension for Daemonlint {
    fn new() -> Self {
        Daemonlint
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let command = worktree
            .which("daemonlint")
            .ok_or_else(|| "daemonlint is not on the PATH: npm install --global daemonlint".to_string())?;
        Ok(zed::Command { command, args: vec!["lsp".to_string()], env: Default::default() })
    }
}

zed::register_extension!(Daemonlint);
