// Builds the Excel add-in: the task pane (src/taskpane), the ribbon's function file (src/commands),
// the icons (assets/) and the manifest, into dist/.
//
//   npm run build       production build; the manifest's https://localhost:3000/ becomes PRA_PUBLIC_URL
//   npm run dev-server  HTTPS on https://localhost:3000/ with the Office dev certificates
//
// `npm run build` needs no certificates: they are only asked for when the dev server runs.

const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PUBLIC_URL = "https://partnership-register-assurance.example.org/";

/** Where the production build will be served from, always ending in "/". */
function publicUrl(url = process.env.PRA_PUBLIC_URL || DEFAULT_PUBLIC_URL) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest for production: every dev URL, and the dev origin in AppDomains, point at the public URL. */
function productionManifest(xml, configured) {
  const url = publicUrl(configured);
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, "")).join(origin);
}

/** HTTPS for https://localhost:3000/ with the Office dev certificates (made, and trusted, on first use). */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Where the CA cannot be trusted system-wide (say Linux without sudo), the certificates still exist: serve
    // with them, and say the browser will not trust them.
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.caCertificatePath, defaults.localhostKeyPath, defaults.localhostCertificatePath];
    if (!files.every((f) => fs.existsSync(f))) throw error;
    console.warn(`Warning: ${String(error instanceof Error ? error.message : error).trim()} Serving with the certificates in ${defaults.certificateDirectory}, which this machine does not trust yet.`);
    const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
    return { ca, key, cert };
  }
}

const config = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The engine's ESM imports say "./x.js" for "./x.ts".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking happens in `npm test` (tsc -p tsconfig.web.json); here we only transpile.
            // ES2020 output also runs in the older Safari WebViews of Office on Mac.
            options: { configFile: path.resolve(__dirname, "tsconfig.web.json"), transpileOnly: true, compilerOptions: { target: "ES2020" } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString())),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttps() } : "http",
      static: false,
    },
  };
};

module.exports = config;
module.exports.DEFAULT_PUBLIC_URL = DEFAULT_PUBLIC_URL;
module.exports.productionManifest = productionManifest;
