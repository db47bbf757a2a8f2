<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="34"/>
        <source>Compare prices</source>
        <translation>比较价格</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="39"/>
        <source>All exchanges</source>
        <translation>所有交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="49"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="54"/>
        <source>%v of %m exchanges</source>
        <translation>%v / %m 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="85"/>
        <source>Symbol:</source>
        <translation>交易对：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="87"/>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="181"/>
        <source>Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)</source>
        <translation>最高买价：%1   最低卖价：%2   （此范围内有 %3 个交易所没有实时行情）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="188"/>
        <source>%1 of %2 exchanges gave no price; the table says why on each row.</source>
        <translation>%2 个交易所中有 %1 个没有给出价格；表格中每一行都说明了原因。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="194"/>
        <source>No exchange could be reached: this computer seems offline.</source>
        <translation>无法连接任何交易所：这台电脑似乎处于离线状态。</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>vs median</source>
        <translation>相对中位数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="179"/>
        <source>fetching…</source>
        <translation>获取中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="196"/>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="196"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>CountryTreeModel</name>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="185"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="185"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="198"/>
        <source>%1 — formerly %2</source>
        <translation>%1 — 曾用 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/models/tree_model.py" line="254"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 个交易所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="258"/>
        <source>Formerly %1</source>
        <translation>曾用 ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="260"/>
        <source>Renamed to %1</source>
        <translation>已更名为 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="262"/>
        <source>No longer listed by ccxt</source>
        <translation>ccxt 已不再收录</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/market/client.py" line="154"/>
        <location filename="../../explorer/market/client.py" line="364"/>
        <source>the client is closed</source>
        <translation>客户端已关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/client.py" line="166"/>
        <source>the client was closed</source>
        <translation>客户端已被关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/client.py" line="370"/>
        <source>it has no all-markets endpoint</source>
        <translation>它没有一次列出所有市场的接口</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="85"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="100"/>
        <source>try again after %1 UTC</source>
        <translation>请在 UTC %1 之后重试</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="127"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="128"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="148"/>
        <source>HTTP %1, the endpoint needs a login</source>
        <translation>HTTP %1，该接口需要登录</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="82"/>
        <source>it sent a web page instead of prices</source>
        <extracomment>Fields whose value was there but invalid, with the reason (they are None in ``Fields``).</extracomment>
        <translation>返回的是网页而不是行情数据</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="74"/>
        <source>the compressed response was cut off</source>
        <translation>压缩的响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="79"/>
        <source>the response is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="92"/>
        <source>the response is compressed more than once</source>
        <translation>响应被重复压缩</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="98"/>
        <source>the response uses an unknown encoding (%1)</source>
        <translation>响应使用了未知的编码（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="97"/>
        <source>the CA certificates (SSL_CERT_FILE, SSL_CERT_DIR) could not be loaded: %1</source>
        <translation>无法加载 CA 证书（SSL_CERT_FILE、SSL_CERT_DIR）：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="155"/>
        <location filename="../../explorer/net/client.py" line="197"/>
        <source>it redirected to an invalid address</source>
        <translation>重定向到了无效的地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="160"/>
        <source>it redirected to an address that is not http(s)</source>
        <translation>重定向到了非 http(s) 地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="165"/>
        <source>it redirected from https to insecure http</source>
        <translation>从 https 重定向到了不安全的 http</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="215"/>
        <location filename="../../explorer/net/failures.py" line="116"/>
        <source>it redirected too many times</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="96"/>
        <source>no full answer within %1 s</source>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="104"/>
        <source>the secure connection could not be verified</source>
        <translation>无法验证安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="111"/>
        <source>the proxy failed: %1</source>
        <translation>代理出错：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="121"/>
        <source>the address is not a valid http(s) URL</source>
        <translation>该地址不是有效的 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="126"/>
        <source>the request could not be sent as given</source>
        <translation>无法按原样发送该请求</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="131"/>
        <source>the compressed response is corrupt</source>
        <translation>压缩的响应已损坏</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="135"/>
        <source>the response was cut off</source>
        <translation>响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="140"/>
        <source>the connection dropped before an answer</source>
        <translation>收到响应前连接已断开</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="147"/>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="160"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="165"/>
        <source>no route to it</source>
        <translation>没有到达它的路由</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="168"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../explorer/live/catalogue_update.py" line="130"/>
        <source>%1 answered HTTP %2 for %3</source>
        <translation>%1 对 %3 返回了 HTTP %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="112"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="113"/>
        <source>Referral link:</source>
        <translation>推荐链接：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="115"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="116"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="117"/>
        <source>Countries:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="118"/>
        <source>Seen:</source>
        <translation>出现：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Listed as</source>
        <translation>收录 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="162"/>
        <source>the homepage ccxt gives (urls.www)</source>
        <translation>ccxt 给出的主页（urls.www）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="164"/>
        <source>the document&apos;s link, without referral codes or sign-in pages</source>
        <translation>文档中的链接，已去掉推荐码和登录页</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="174"/>
        <source>The link as the sources give it, with a referral code</source>
        <translation>来源中给出的原始链接，带推荐码</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="263"/>
        <source>History across ccxt&apos;s documents and releases, oldest first:</source>
        <translation>在 ccxt 各文档和版本中的历史（从旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="265"/>
        <source>History of %1 under every id it had, oldest first:</source>
        <translation>%1 在其所有曾用 ID 下的历史（从旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="277"/>
        <source>not listed</source>
        <translation>未收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Countries there</source>
        <translation>该文档中的国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="157"/>
        <source>ccxt id: %1</source>
        <translation>ccxt ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="202"/>
        <source>Logo unavailable: %1</source>
        <translation>无法获取标志：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="213"/>
        <source>Listed by %1</source>
        <translation>%1 收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="215"/>
        <source>No longer listed by ccxt</source>
        <translation>ccxt 已不再收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="218"/>
        <source>Left ccxt in %1</source>
        <translation>%1 从 ccxt 移除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="226"/>
        <source>Renamed to %1 (%2)</source>
        <translation>已更名为 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="228"/>
        <source>Show %1</source>
        <translation>查看 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="232"/>
        <source>Formerly: %1</source>
        <translation>曾用 ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="242"/>
        <source>No developer card: ccxt no longer lists this exchange.</source>
        <translation>无开发者信息：ccxt 已不再收录该交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="257"/>
        <source>first in %1, last in %2</source>
        <translation>最早见于 %1，最后见于 %2</translation>
    </message>
</context>
<context>
    <name>DeveloperCard</name>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="26"/>
        <source>Ticker</source>
        <translation>行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="27"/>
        <source>All tickers at once</source>
        <translation>一次获取全部行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="28"/>
        <source>Candles (OHLCV)</source>
        <translation>K 线（OHLCV）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="29"/>
        <source>Order book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="30"/>
        <source>Recent trades</source>
        <translation>最近成交</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="31"/>
        <source>Ticker over WebSocket</source>
        <translation>WebSocket 行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="37"/>
        <source>yes</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="39"/>
        <source>emulated (from another call)</source>
        <translation>模拟（由其他接口得出）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="40"/>
        <source>no</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="51"/>
        <source>%1 ms between requests (at most %2 a second)</source>
        <translation>请求间隔 %1 毫秒（每秒最多 %2 次）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="60"/>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="62"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="76"/>
        <source>For developers</source>
        <translation>开发者信息</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="97"/>
        <source>Rate limit:</source>
        <translation>频率限制：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="98"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="99"/>
        <source>Trading fees:</source>
        <translation>交易手续费：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="100"/>
        <source>Fee schedule:</source>
        <translation>费率表：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="101"/>
        <source>API hosts:</source>
        <translation>API 主机：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="106"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="110"/>
        <source>Public data ccxt can fetch:</source>
        <translation>ccxt 可获取的公开数据：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="118"/>
        <source>For developers — %1</source>
        <translation>开发者信息 — %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="123"/>
        <source>WebSocket (ccxt.pro)</source>
        <translation>WebSocket（ccxt.pro）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="125"/>
        <source>No WebSocket in ccxt</source>
        <translation>ccxt 不支持 WebSocket</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="126"/>
        <source>CCXT certified</source>
        <translation>CCXT 认证</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="128"/>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="129"/>
        <source>Decentralised exchange (DEX)</source>
        <translation>去中心化交易所（DEX）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="131"/>
        <source>Centralised exchange</source>
        <translation>中心化交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="139"/>
        <source>maker %1, taker %2</source>
        <translation>挂单 %1，吃单 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="143"/>
        <source>not given (or tiered)</source>
        <translation>未给出（或为阶梯费率）</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="22"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="24"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="25"/>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="26"/>
        <source>Still listed</source>
        <translation>仍收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="61"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="61"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FetchError</name>
    <message>
        <location filename="../../explorer/market/errors.py" line="36"/>
        <source>%1 is unreachable (%2)</source>
        <extracomment>The one-line message per kind: %1 the exchange&apos;s name, %2 the detail, %3 the symbol. English here (the command line); the window shows them translated (qt/error_text.py).</extracomment>
        <translation>无法访问 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="37"/>
        <source>%1 could not be found: the DNS lookup of %2 failed</source>
        <translation>找不到 %1：%2 的 DNS 查询失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="40"/>
        <source>%1 refused the connection (%2)</source>
        <translation>%1 拒绝了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="41"/>
        <source>%1 could not be reached securely: %2</source>
        <translation>无法安全地连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="42"/>
        <source>%1 sent a redirect we do not follow: %2</source>
        <translation>%1 发来了我们不会跟随的重定向：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="45"/>
        <source>Could not ask %1 for %3: %2</source>
        <translation>无法向 %1 请求 %3：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="46"/>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 未及时响应（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="47"/>
        <source>%1 is rate-limiting us; %2</source>
        <translation>%1 正在限制我们的请求频率；%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="48"/>
        <source>%1 refuses access from your region (%2)</source>
        <translation>%1 拒绝来自您所在地区的访问（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="51"/>
        <source>%1 seems to be under maintenance (%2)</source>
        <translation>%1 似乎正在维护（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="54"/>
        <source>%1 had a server error (%2)</source>
        <translation>%1 服务器出错（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="55"/>
        <source>%1 sent data we could not read: %2</source>
        <translation>%1 发来的数据无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="58"/>
        <source>%1 does not list %3 (%2)</source>
        <translation>%1 没有 %3 交易对（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="59"/>
        <source>%1 sent a response larger than %2; it was ignored</source>
        <translation>%1 的响应超过 %2，已忽略</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="62"/>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="63"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="64"/>
        <source>Fetching %3 from %1 was cancelled (%2)</source>
        <translation>从 %1 获取 %3 已取消（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="67"/>
        <source>Internal error while reading %1 (%2); see the log</source>
        <translation>读取 %1 时发生内部错误（%2）；请查看日志</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="54"/>
        <source>Exchange Explorer</source>
        <translation>交易所浏览器</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="61"/>
        <location filename="../../explorer/qt/widgets/main_window.py" line="289"/>
        <source>Choose a region, a country or an exchange on the left.</source>
        <translation>请在左侧选择地区、国家或交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="147"/>
        <source>&amp;Watchlist</source>
        <translation>自选(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="148"/>
        <source>&amp;Markets</source>
        <translation>市场(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="183"/>
        <source>%1 added to the watchlist</source>
        <translation>已将 %1 加入自选</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="191"/>
        <source>Select an exchange to see its markets.</source>
        <translation>选择一个交易所以查看其市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="208"/>
        <source>Export view as &amp;CSV…</source>
        <translation>将视图导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="209"/>
        <source>Export view as &amp;JSON…</source>
        <translation>将视图导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="219"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="225"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="233"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="234"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="237"/>
        <source>As the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="237"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="238"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="246"/>
        <source>&amp;Refresh prices</source>
        <translation>刷新价格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="253"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="254"/>
        <source>&amp;Compare prices…</source>
        <translation>比较价格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="259"/>
        <source>&amp;Update catalogue…</source>
        <translation>更新目录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="260"/>
        <source>Check &amp;exchanges…</source>
        <translation>检查交易所连通性(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="261"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="262"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="263"/>
        <source>&amp;About Exchange Explorer</source>
        <translation>关于交易所浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="281"/>
        <location filename="../../explorer/qt/widgets/main_window.py" line="292"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="285"/>
        <source>The search hides %1; clear it to see it again.</source>
        <translation>搜索隐藏了 %1；清除搜索即可再次看到。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="310"/>
        <source>%1 — %2 exchanges</source>
        <translation>%1 — %2 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="345"/>
        <source>its API has no endpoint for every market at once here</source>
        <translation>其接口在此没有一次列出所有市场的端点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="414"/>
        <source>Tab, Shift+Tab — move through every control</source>
        <translation>Tab、Shift+Tab — 在所有控件间移动</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="415"/>
        <source>Enter or Down (in the search) — go into the tree</source>
        <translation>回车或下箭头（在搜索框中）— 进入树</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="416"/>
        <source>Escape (in the search) — clear the search</source>
        <translation>Esc（在搜索框中）— 清除搜索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="417"/>
        <source>Enter or Space (on a link) — open it in the browser</source>
        <translation>回车或空格（在链接上）— 在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="418"/>
        <source>Delete (in the watchlist) — remove the selected symbols</source>
        <translation>Delete（在自选中）— 移除所选交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="419"/>
        <source>Alt+W, Alt+M — the Watchlist and Markets tabs</source>
        <translation>Alt+W、Alt+M — 自选与市场标签页</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="427"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="481"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="482"/>
        <source>● Offline: no exchange can be reached</source>
        <translation>● 离线：无法连接任何交易所</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/widgets/main_window.py" line="483"/>
        <source>● %n exchange(s) failing</source>
        <translation>
            <numerusform>● %n 个交易所出错</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="570"/>
        <source>Could not save the catalogue: %1</source>
        <translation>无法保存目录：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="578"/>
        <source>Catalogue updated: %1 added, %2 removed, %3 renamed, %4 with other countries</source>
        <translation>目录已更新：新增 %1，移除 %2，更名 %3，国家变化 %4</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="650"/>
        <source>No web browser opened %1; the link is copied to the clipboard.</source>
        <translation>没有浏览器打开 %1；链接已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="663"/>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="666"/>
        <source>Copy website link</source>
        <translation>复制网站链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="668"/>
        <source>Open website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="671"/>
        <source>Copy API docs link</source>
        <translation>复制 API 文档链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="710"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="720"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="723"/>
        <source>Exported %1 exchanges to %2</source>
        <translation>已将 %1 个交易所导出到 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="737"/>
        <source>Catalogue: %1 exchanges from %2 snapshots; the newest is %3 (%4).</source>
        <translation>目录：%1 个交易所，来自 %2 个快照；最新的是 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="741"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="742"/>
        <source>Exchange data: ccxt&apos;s documentation and package metadata (MIT licence).</source>
        <translation>交易所数据：ccxt 的文档和软件包元数据（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="743"/>
        <source>Flags: flag-icons by Panayiotis Lipiridis (MIT licence).</source>
        <translation>旗帜：flag-icons，作者 Panayiotis Lipiridis（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="744"/>
        <source>Names: Unicode CLDR via Babel; regions: UN M49.</source>
        <translation>名称：Unicode CLDR（经 Babel）；地区：联合国 M49。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="748"/>
        <source>About Exchange Explorer</source>
        <translation>关于交易所浏览器</translation>
    </message>
</context>
<context>
    <name>MarketsModel</name>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="60"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="60"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="60"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="60"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="61"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="61"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="61"/>
        <source>Base volume</source>
        <translation>基础币成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="62"/>
        <source>Quote volume</source>
        <translation>计价币成交额</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="62"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="62"/>
        <source>Volume ≈ USD</source>
        <translation>成交额 ≈ 美元</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="199"/>
        <source>crossed book</source>
        <translation>买卖价倒挂</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="200"/>
        <source>last outside the day&apos;s range</source>
        <translation>最新价超出当日区间</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="206"/>
        <source>The best bid is above the best ask: these numbers disagree.</source>
        <translation>最高买价高于最低卖价：这些数字相互矛盾。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="207"/>
        <source>The last price is over 5 % outside the day&apos;s range.</source>
        <translation>最新价超出当日最高/最低区间 5 % 以上。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="211"/>
        <source>Estimated: base volume times last price</source>
        <translation>估算值：基础币成交量乘以最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="213"/>
        <source>The quote volume in US dollars, at the exchange&apos;s own prices</source>
        <translation>以美元计的成交额，按该交易所自身的价格折算</translation>
    </message>
</context>
<context>
    <name>MarketsPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="71"/>
        <source>Double-click a market to add it to the watchlist</source>
        <translation>双击一个市场将其加入自选</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="75"/>
        <source>Filter markets, e.g. ETH</source>
        <translation>筛选市场，例如 ETH</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="85"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="88"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="92"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="97"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="107"/>
        <source>Select an exchange to see its markets.</source>
        <translation>选择一个交易所以查看其市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="123"/>
        <source>Loading the markets of %1…</source>
        <translation>正在加载 %1 的市场…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="124"/>
        <source>Press Refresh for the markets of %1.</source>
        <translation>按“刷新”以加载 %1 的市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="131"/>
        <source>No market list for %1: %2</source>
        <translation>%1 没有市场列表：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="177"/>
        <source>%1 markets</source>
        <translation>%1 个市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="179"/>
        <source>%1 of %2 markets</source>
        <translation>%1 / %2 个市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="184"/>
        <source> · %1 not trading (no price)</source>
        <translation> · %1 个未在交易（无价格）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="187"/>
        <source> · %1 left out (unreadable)</source>
        <translation> · %1 个无法读取，已略去</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="191"/>
        <source>Could not load the markets: %1</source>
        <translation>无法加载市场：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="193"/>
        <source> · the last refresh failed: %1</source>
        <translation> · 上次刷新失败：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="205"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="211"/>
        <source>Markets quoted in %1</source>
        <translation>以 %1 计价的市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="213"/>
        <source>Every quote currency</source>
        <translation>所有计价币</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="41"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="46"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="47"/>
        <source>Never faster than an exchange allows</source>
        <translation>不会快于交易所允许的频率</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="49"/>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="52"/>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="60"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="52"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="53"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="56"/>
        <source>Automatic (red in Chinese)</source>
        <translation>自动（中文界面为红色）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="56"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="57"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="60"/>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="61"/>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="68"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="71"/>
        <source>Exchange id</source>
        <translation>交易所 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="71"/>
        <source>API base URL</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="75"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="77"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="84"/>
        <source>Refresh prices every:</source>
        <translation>价格刷新间隔：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="85"/>
        <source>Language (at the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="86"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="87"/>
        <source>A rise is shown in:</source>
        <translation>上涨显示为：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="91"/>
        <source>Proxy (at the next start):</source>
        <translation>代理（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="92"/>
        <source>Logo cache (at the next start):</source>
        <translation>标志缓存（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="104"/>
        <source>API base URLs (mirrors, regional hosts, test servers):</source>
        <translation>API 基础地址（镜像、地区主机、测试服务器）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="136"/>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="165"/>
        <source>Row %1: no exchange with live prices has the id %2.</source>
        <translation>第 %1 行：没有 ID 为 %2 的实时行情交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="173"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="72"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../explorer/qt/shell/error_hooks.py" line="29"/>
        <source>The error was logged. You can keep working.</source>
        <translation>错误已记录，您可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <location filename="../../explorer/market/reachability.py" line="40"/>
        <source>reachable</source>
        <extracomment>Plain words for each outcome (translated in the window: context &quot;Reach&quot;).</extracomment>
        <translation>可访问</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="41"/>
        <source>DNS failure</source>
        <translation>DNS 解析失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="42"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="43"/>
        <source>TLS failure</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="44"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="45"/>
        <source>geo-blocked</source>
        <translation>地区受限</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="46"/>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="47"/>
        <source>rate-limited</source>
        <translation>被限流</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="48"/>
        <source>no network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="49"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="50"/>
        <source>other failure</source>
        <translation>其他故障</translation>
    </message>
</context>
<context>
    <name>ReachDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="36"/>
        <source>Check exchanges</source>
        <translation>检查交易所连通性</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="39"/>
        <source>One light request to each live exchange: can its API be reached from here?</source>
        <translation>向每个有实时行情的交易所发送一个轻量请求：从这里能否访问其接口？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="63"/>
        <source>%v of %m exchanges</source>
        <translation>%v / %m 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="67"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="121"/>
        <source>Export the check as CSV</source>
        <translation>将检查结果导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="129"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ReachModel</name>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="71"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TickerPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="71"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="47"/>
        <source>Live prices</source>
        <translation>实时行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="75"/>
        <source>Add symbol, e.g. BTC/USDT</source>
        <translation>添加交易对，例如 BTC/USDT</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="88"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="90"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="251"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="94"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="98"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="103"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="117"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="136"/>
        <source>Showing the last saved prices; press Refresh for live ones.</source>
        <translation>显示上次保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="138"/>
        <source>No saved prices yet; press Refresh for live ones.</source>
        <translation>尚无保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="162"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="189"/>
        <source>Showing the last saved prices, %1 old.</source>
        <translation>显示上次保存的价格（%1 前）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="191"/>
        <source>There are no saved prices to show instead.</source>
        <translation>没有可代替显示的已保存价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="238"/>
        <source>%1 is not a market of this exchange.</source>
        <translation>%1 不是该交易所的市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="240"/>
        <source>Closest: %1</source>
        <translation>最接近的：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="251"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>TickerTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="194"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="200"/>
        <source>CACHED</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="194"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="199"/>
        <source>STALE</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="198"/>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="201"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
</context>
<context>
    <name>TreePane</name>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="35"/>
        <source>Search id, name or country (Ctrl+F)</source>
        <translation>搜索 ID、名称或国家（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="38"/>
        <source>Show exchanges no longer listed</source>
        <translation>显示已不再收录的交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="61"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="177"/>
        <source>%1 of %2 exchanges</source>
        <translation>%1 / %2 个交易所</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="51"/>
        <source>Update catalogue</source>
        <translation>更新目录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="61"/>
        <source>From ccxt&apos;s documentation online</source>
        <translation>从 ccxt 的在线文档</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="67"/>
        <source>From the ccxt package installed here (ccxt %1)</source>
        <translation>从本机安装的 ccxt 软件包（ccxt %1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="71"/>
        <source>From a ccxt package (none is installed here)</source>
        <translation>从 ccxt 软件包（本机未安装）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="73"/>
        <source>To use one: pip install &quot;exchange-explorer[ccxt]&quot;</source>
        <translation>如需使用：pip install &quot;exchange-explorer[ccxt]&quot;</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="82"/>
        <source>Pages at:</source>
        <translation>页面地址：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="83"/>
        <source>Check for changes</source>
        <translation>检查变化</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="87"/>
        <source>Back to the catalogue the app came with</source>
        <translation>恢复为应用自带的目录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="98"/>
        <source>Nothing changes until you apply the differences.</source>
        <translation>在您应用这些差异之前，什么都不会改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="129"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="132"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="154"/>
        <source>Now: %1 exchanges; the newest snapshot is %2 (%3).</source>
        <translation>当前：%1 个交易所；最新快照为 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="157"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="172"/>
        <source>%1 added, %2 removed, %3 renamed, %4 with other countries</source>
        <translation>新增 %1，移除 %2，更名 %3，国家变化 %4</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="179"/>
        <source>%1 would become the newest snapshot: %2. Exchanges: %3.</source>
        <translation>%1 将成为最新快照：%2。交易所总数：%3。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="184"/>
        <source>%1 lists the same exchanges in the same countries.</source>
        <translation>%1 收录的交易所及其国家与现在相同。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="195"/>
        <source>Already up to date: the catalogue has %1.</source>
        <translation>已是最新：目录中已有 %1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="198"/>
        <source>Could not fetch the documentation: %1.</source>
        <translation>无法获取文档：%1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="200"/>
        <source>No ccxt package is installed here (%1).</source>
        <translation>本机未安装 ccxt 软件包（%1）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="202"/>
        <source>That address cannot be used: %1.</source>
        <translation>无法使用该地址：%1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="204"/>
        <source>The source could not be read as a catalogue: %1</source>
        <translation>无法将该来源读取为目录：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="211"/>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="225"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有任何改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="233"/>
        <source>Reading the ccxt package…</source>
        <translation>正在读取 ccxt 软件包…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="234"/>
        <source>Fetching the list of supported exchanges…</source>
        <translation>正在获取支持的交易所列表…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="235"/>
        <source>Fetching the exchanges by country…</source>
        <translation>正在获取按国家划分的交易所…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="236"/>
        <source>Reading the pages…</source>
        <translation>正在读取页面…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="237"/>
        <source>Comparing with the current catalogue…</source>
        <translation>正在与当前目录比较…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="239"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="256"/>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="257"/>
        <source>Removed (%1)</source>
        <translation>移除（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="258"/>
        <source>Renamed (%1)</source>
        <translation>更名（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="259"/>
        <source>Countries changed (%1)</source>
        <translation>国家变化（%1）</translation>
    </message>
</context>
</TS>
